// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "jcm",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "jcm", targets: ["jcm"]),
        .executable(name: "jcm-serve", targets: ["jcm-serve"]),
        .library(name: "JCMKit", targets: ["JCMKit"]),
        .library(name: "JCMRules", targets: ["JCMRules"]),
        .library(name: "JCMUnits", targets: ["JCMUnits"]),
        .library(name: "JCMXML", targets: ["JCMXML"]),
        .library(name: "JCMReports", targets: ["JCMReports"]),
        .library(name: "JCMDocuments", targets: ["JCMDocuments"]),
        .library(name: "JCMSpreadsheet", targets: ["JCMSpreadsheet"]),
        .library(name: "JCMMeterData", targets: ["JCMMeterData"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        // Only `jcm-serve` links Hummingbird, so `swift build --product jcm` stays lean.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .target(name: "CFileSystem"),
        .target(name: "JCMDiagnostics"),
        .target(name: "JCMUnits", dependencies: ["JCMDiagnostics"]),
        .target(name: "JCMRules", dependencies: ["JCMDiagnostics", "JCMUnits"]),
        .target(
            name: "JCMKit",
            dependencies: ["CYAML", "JCMDiagnostics", "JCMUnits", "JCMRules", "JCMMeterData"]
        ),
        .target(name: "JCMReports", dependencies: ["JCMKit", "JCMMeterData", "JCMRules", "JCMUnits", "JCMXML"]),
        .target(name: "JCMXML", dependencies: ["CLibXML2", "JCMDiagnostics"]),
        .target(name: "JCMMeterData", dependencies: ["JCMDiagnostics", "JCMUnits"]),
        .target(
            name: "JCMSpreadsheet",
            dependencies: ["JCMDiagnostics", "JCMUnits", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .target(
            name: "JCMDocuments",
            dependencies: ["CFileSystem", "JCMKit", "JCMReports", "JCMSpreadsheet", "JCMXML", .product(name: "Mustache", package: "swift-mustache")]
        ),
        .executableTarget(
            name: "jcm",
            dependencies: ["JCMKit", "JCMMeterData", "JCMReports", "JCMDocuments", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .target(
            name: "JCMServer",
            dependencies: ["JCMKit", "JCMReports", "JCMDocuments", "JCMSpreadsheet", .product(name: "Hummingbird", package: "hummingbird")]
        ),
        .executableTarget(
            name: "jcm-serve",
            dependencies: ["JCMServer", "JCMKit", .product(name: "ArgumentParser", package: "swift-argument-parser"),
                           .product(name: "Hummingbird", package: "hummingbird")]
        ),
        .executableTarget(name: "jcm-benchmarks", dependencies: ["JCMKit"], path: "Benchmarks/JCMBenchmarks"),
        .testTarget(name: "JCMUnitsTests", dependencies: ["JCMUnits"]),
        .testTarget(name: "JCMMeterDataTests", dependencies: ["JCMMeterData", "JCMUnits", "JCMDiagnostics"]),
        .testTarget(name: "JCMRulesTests", dependencies: ["JCMRules"]),
        .testTarget(name: "JCMKitTests", dependencies: ["JCMKit", "JCMReports", "JCMRules"]),
        .testTarget(name: "JCMReportsTests", dependencies: ["JCMReports", "JCMKit", "JCMRules", "JCMUnits", "JCMDiagnostics"]),
        .testTarget(name: "JCMXMLTests", dependencies: ["JCMXML", "JCMDiagnostics"]),
        .testTarget(name: "JCMSpreadsheetTests", dependencies: ["JCMSpreadsheet", "JCMDiagnostics", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .testTarget(
            name: "JCMDocumentsTests",
            dependencies: ["JCMDocuments", "JCMKit", "JCMReports", "JCMXML"]
        ),
        .testTarget(
            name: "JCMServerTests",
            dependencies: ["JCMServer", "JCMKit", .product(name: "Hummingbird", package: "hummingbird"),
                           .product(name: "HummingbirdTesting", package: "hummingbird")]
        ),
        .testTarget(name: "EndToEndTests", dependencies: ["jcm", "jcm-serve", "JCMKit"]),
    ]
)
