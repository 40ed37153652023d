import OptiMindCore

/// Something that turns a file into an `ExtractedDocument`: the extractor itself (in this process)
/// or a worker process running it (`IsolatedExtractor`), which a crash or a hang cannot take down.
public protocol TextExtracting: AnyObject {
    /// - Parameter typeName: the name whose extension is checked against the content, if not `path`'s.
    func extract(path: String, password: String?, typeName: String?) throws -> ExtractedDocument
}

extension TextExtracting {
    public func extract(path: String, password: String?) throws -> ExtractedDocument {
        try extract(path: path, password: password, typeName: nil)
    }
}

extension DocumentExtractor: TextExtracting {}
