import OptiMindCore

/// Something that turns a file into an `ExtractedDocument`: the extractor itself (in this process)
/// or a worker process running it (`IsolatedExtractor`), which a crash or a hang cannot take down.
public protocol TextExtracting: AnyObject {
    func extract(path: String, password: String?) throws -> ExtractedDocument
}

extension DocumentExtractor: TextExtracting {}
