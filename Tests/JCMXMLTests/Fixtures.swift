import Foundation
import JCMXML

/// Shared test inputs. Line numbers matter: the tests assert them.
enum Fixtures {
    static let reportXSD = """
        <?xml version="1.0" encoding="UTF-8"?>
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
          <xs:element name="report">
            <xs:complexType>
              <xs:sequence>
                <xs:element name="company" type="xs:string"/>
                <xs:element name="city" type="xs:string"/>
                <xs:element name="emissions" type="xs:decimal"/>
              </xs:sequence>
              <xs:attribute name="note" type="xs:string"/>
            </xs:complexType>
          </xs:element>
        </xs:schema>
        """

    static let vietnameseCompany = "Công ty TNHH Cơ khí Hải Phòng"
    static let japaneseCity = "北九州市"

    static func report(company: String = vietnameseCompany, city: String = japaneseCity,
                       emissions: String = "71499.99") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <report>
          <company>\(company)</company>
          <city>\(city)</city>
          <emissions>\(emissions)</emissions>
        </report>
        """
    }

    static let validReport = report()

    /// `<emissions>` on line 5 is missing.
    static let reportWithoutEmissions = """
        <?xml version="1.0" encoding="UTF-8"?>
        <report>
          <company>ACME</company>
          <city>Hải Phòng</city>
        </report>
        """

    /// `<city>` is missing, so `<emissions>` on line 4 is unexpected.
    static let reportWithoutCity = """
        <?xml version="1.0" encoding="UTF-8"?>
        <report>
          <company>ACME</company>
          <emissions>1</emissions>
        </report>
        """

    /// The closing tag on line 4 does not match.
    static let malformedReport = """
        <?xml version="1.0" encoding="UTF-8"?>
        <report>
          <company>ACME</company>
          <city>Hải Phòng</cty>
          <emissions>1</emissions>
        </report>
        """

    static func reportSchema() throws -> XMLSchema {
        try XMLSchema(xsd: reportXSD, name: "report.xsd")
    }

    /// A fresh directory under the system temporary directory.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("jcm-xml-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
