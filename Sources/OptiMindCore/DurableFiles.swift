import Foundation
import Synchronization

/// Folders whose filesystem is put on disk each time written reports are (`ReportWriter.syncWritten`:
/// every 200 documents and at the end of a batch, after each document in watch mode).
///
/// The database's folder is one: the database runs in WAL mode with `synchronous = NORMAL`, so a
/// commit is written to the WAL without waiting for the disk (a sync per commit kept workers idle).
/// SQLite keeps such a database consistent whatever happens; what a power cut or an OS crash can
/// take is the commits since the last sync, and those documents are processed again when their files
/// are next seen. An application crash loses nothing.
///
/// A folder, never the database file itself: closing any descriptor of a file drops every POSIX lock
/// the process holds on it, SQLite's included.
public enum DurableFiles {
    private static let folders = Locked<[String]>([])

    /// Adds the folder holding `file` (the database).
    public static func addFolder(of file: String) {
        let folder = (file as NSString).deletingLastPathComponent
        let path = folder.isEmpty ? "." : folder
        folders.withLock { folders in
            if !folders.contains(path) { folders.append(path) }
        }
    }

    public static var all: [String] { folders.withLock { $0 } }
}
