import OptiMindCore

/// Something that happened in the inbox, as the watcher or the poller saw it.
public enum InboxEvent: Sendable, Equatable {
    /// A file was written and closed, moved in, or had its permissions changed.
    case changed(String)
    /// A file was deleted or moved away.
    case removed(String)
    /// A folder appeared (created or moved in) and is now watched: scan it, files may already be there.
    case folderAdded(String)
    /// A folder's own attributes changed (permissions fixed?): scan it.
    case folderChanged(String)
    /// The kernel dropped events (IN_Q_OVERFLOW): only a full scan can tell what happened.
    case overflow
    /// An entry that cannot be ingested, and why (a name that is not UTF-8).
    case problem(String, String)
}

/// Why the inbox cannot be watched.
public struct WatcherError: DiagnosableError {
    public let file: String?
    public let reason: String
    /// The kernel's inotify watch limit was reached (ENOSPC): poll instead.
    public let watchLimitReached: Bool
    public var exitStatus: SysExit { .unavailable }

    public init(file: String?, reason: String, watchLimitReached: Bool = false) {
        self.file = file
        self.reason = reason
        self.watchLimitReached = watchLimitReached
    }
}
