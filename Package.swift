// swift-tools-version: 6.1
// The targets read like the data flow: C libraries, shared values, then one target per stage,
// then the pipeline that wires them, then the thin executable.
import PackageDescription

let upcoming: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "OptiMindIngest",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "optimind", targets: ["optimind"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        // C libraries, each behind a module map and a shim.
        .systemLibrary(name: "CMagic", pkgConfig: "libmagic", providers: [.apt(["libmagic-dev"])]),
        .systemLibrary(name: "CPoppler", pkgConfig: "poppler-glib", providers: [.apt(["libpoppler-glib-dev"])]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CCairo", pkgConfig: "cairo", providers: [.apt(["libcairo2-dev"])]),
        // Lets extraction workers skip LittleCMS colour transforms (see ColorProfiles.c).
        .target(name: "CColorProfiles"),
        // glibc extensions Swift does not import: memmem (TextPattern's anchor search) and syncfs
        // (ReportWriter.syncWritten).
        .target(name: "CTextSearch"),

        // Values every stage shares. Links the toolchain's own ICU (the one Foundation already
        // loads) for TextPattern, which calls its regular-expression API directly.
        .target(name: "OptiMindCore", dependencies: ["CTextSearch"], swiftSettings: upcoming, linkerSettings: [.linkedLibrary("_FoundationICU")]),

        // The stages, in the order a document flows through them.
        .target(
            name: "Store",
            dependencies: ["OptiMindCore", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: upcoming),
        .target(name: "Watcher", dependencies: ["OptiMindCore"], swiftSettings: upcoming),
        .target(
            name: "Extraction",
            dependencies: ["OptiMindCore", "CMagic", "CPoppler", "CLibXML2", "ZIPFoundation"],
            swiftSettings: upcoming),
        .target(name: "Classification", dependencies: ["OptiMindCore"], swiftSettings: upcoming),
        .target(name: "ContractWise", dependencies: ["OptiMindCore"], swiftSettings: upcoming),
        .target(name: "ComplianceGuard", dependencies: ["OptiMindCore"], swiftSettings: upcoming),
        .target(name: "Reports", dependencies: ["OptiMindCore", "CTextSearch"], swiftSettings: upcoming),

        // The wiring: only the pipeline knows every stage.
        .target(
            name: "Pipeline",
            dependencies: [
                "OptiMindCore", "Store", "Watcher", "Extraction", "Classification", "ContractWise",
                "ComplianceGuard", "Reports", "Yams", .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: upcoming),

        // The command line: subcommands only.
        .executableTarget(
            name: "optimind",
            dependencies: [
                "Pipeline", "OptiMindCore", "Store", "Extraction", "Classification", "Reports", "CColorProfiles",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ],
            swiftSettings: upcoming,
            // libpoppler must bind to the executable's cmsOpenProfileFromMem, so export it.
            // malloc comes from tcmalloc (libtcmalloc-minimal4): poppler and the Swift runtime make millions of
            // small allocations, and a batch runs ~12% faster than with glibc's malloc (README, Performance).
            linkerSettings: [
                .unsafeFlags([
                    "-Xlinker", "--export-dynamic-symbol=cmsOpenProfileFromMem",
                    "-Xlinker", "--no-as-needed", "-Xlinker", "-l:libtcmalloc_minimal.so.4", "-Xlinker", "--as-needed",
                ])
            ]),

        // Rebuilds samples/ from Tools/sample-texts (PDF through cairo, DOCX written by hand).
        .executableTarget(
            name: "SampleGenerator", dependencies: ["CCairo", "ZIPFoundation"], swiftSettings: upcoming),

        .testTarget(
            name: "StoreTests",
            dependencies: ["Store", "OptiMindCore", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: upcoming),
        .testTarget(
            name: "ExtractionTests", dependencies: ["Extraction", "OptiMindCore", "ZIPFoundation"], swiftSettings: upcoming),
        .testTarget(
            name: "AnalysisTests",
            dependencies: ["Classification", "ContractWise", "ComplianceGuard", "Reports", "OptiMindCore", "Pipeline", "Extraction"],
            // Policies/ and Contracts/: hand-written documents the tests read from disk.
            exclude: ["Policies", "Contracts"],
            swiftSettings: upcoming),
        .testTarget(
            name: "PipelineTests",
            dependencies: [
                "Pipeline", "Store", "Watcher", "Extraction", "OptiMindCore", "Classification", "ComplianceGuard", "Reports",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: upcoming),
    ],
    swiftLanguageModes: [.v6]
)
