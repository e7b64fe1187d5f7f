/// Every diagnostic jcm reports, with what it means and an example, documented here once:
/// `jcm explain CODE` prints one, and docs/diagnostics.md lists them all.
public enum DiagnosticCode: String, CaseIterable, Sendable, Codable {
    case Y1, Y2, F1, F2
    case P1, P2, P3, P4, P5, P6, P7, P8, P9, P10, P11, P12
    case M1, M2, M3, M4, M5, M6, M7, M8, M9, M10, M11
    case R1, R2, R3, R4, R5, R6, R7
    case T1, T2, T3, T4
    case X1, X2, X3
    case W1, W2, W3
    case S1, S2, S3
    case D2
    case L1, L2
    case E1, E2, E3, E4, E5, E6

    /// Which input the code is about.
    public var area: String {
        switch self {
        case .Y1, .Y2, .F1, .F2: "files"
        case .P1, .P2, .P3, .P4, .P5, .P6, .P7, .P8, .P9, .P10, .P11, .P12: "project files"
        case .M1, .M2, .M3, .M4, .M5, .M6, .M7, .M8, .M9, .M10, .M11: "methodology, programme and test case files"
        case .R1, .R2, .R3, .R4, .R5, .R6, .R7: "rules (conditions and equations)"
        case .T1, .T2, .T3, .T4: "templates"
        case .X1, .X2, .X3: "XML and its schema"
        case .W1, .W2, .W3: "writing documents"
        case .S1, .S2, .S3: "office documents (.xlsx, .docx)"
        case .D2: "command line"
        case .L1, .L2: "wording files and languages"
        case .E1, .E2, .E3, .E4, .E5, .E6: "meter data and claimed figures"
        }
    }

    public var meaning: String {
        switch self {
        case .Y1:
            "The file is not valid YAML (a syntax error, a duplicate key, a tab in the indentation, a second document), "
                + "nests more than 1,000 levels deep, or its aliases expand to more data than it holds."
        case .Y2: "The file is empty."
        case .F1: "A file or folder cannot be read, or is not where jcm looks for it."
        case .F2: "A file is not UTF-8 text."
        case .P1: "A project file has a key the format does not know."
        case .P2: "A project file lacks a required key, or a list that needs entries is empty."
        case .P3: "A project value has the wrong shape or type (text for a number, a list for a record, an unknown choice)."
        case .P4: "A project quantity has a unit of the wrong dimension."
        case .P5: "A project value is impossible (below a minimum, above a maximum, a period that ends before it starts)."
        case .P6: "A number or unit in a project file cannot be read under jcm's number grammar."
        case .P7: "The methodology or programme call a project names is not shipped."
        case .P8: "An id is used twice (equipment, monitoring periods, monitored values)."
        case .P9: "A monitoring period cannot be calculated as asked (unknown period, no methodology, unknown equipment)."
        case .P10: "A table the project gives (a curve measured on site) has too few points, unsorted inputs or a unit of another dimension."
        case .P11: "No shipped programme call is open on the project's application date (or covers the fiscal year of its grant decision); as a warning, a call named with --programme whose window does not hold the application date."
        case .P12: "An itemised investment does not add up: cost items against the initial investment, the subsidy by fiscal year against the subsidy requested or outside the project's fiscal years, the funding plan against the part not subsidised; or a consortium member's own supply without its profit."
        case .M1: "A methodology, programme or test case file is not of its format, or is incomplete."
        case .M2: "A unit in a methodology or programme file cannot be read."
        case .M3: "A value of a methodology or programme file is not one of the allowed choices."
        case .M4: "A default value or bound is in a unit of another dimension than its parameter."
        case .M5: "A test case cannot run: its edit matches nothing, or it names a criterion or result that does not exist."
        case .M6: "Two files define the same methodology version or programme call."
        case .M7: "A methodology, programme or test case file has a key its format does not know."
        case .M8: "A methodology, programme or test case file lacks a required key."
        case .M9: "A value of a methodology, programme or test case file has the wrong shape or type."
        case .M10: "A value of a methodology or programme file is out of its allowed range."
        case .M11: "A number in a methodology, programme or test case file cannot be read."
        case .R1: "A condition or equation has a syntax error."
        case .R2: "A rule cannot be evaluated for this project (a unit mismatch at run time, a cycle, a non true/false criterion)."
        case .R3: "A rule uses a name that is not defined."
        case .R4: "A rule mixes types or dimensions, or an equation's result is not in its declared unit's dimension."
        case .R5: "A criterion, parameter or equation is declared twice."
        case .R6: "Equations depend on themselves, or form a chain too long to trust."
        case .R7: "A step table or curve is unsorted, has a gap or an overlap, too few points, or a unit of another dimension."
        case .T1: "A template reads a key the document data does not have."
        case .T2: "A template has a Mustache syntax error."
        case .T3: "A template uses a key in a way its kind does not allow (a list as text, a value that may be absent outside its section)."
        case .T4: "A template file's name does not say which document it renders, or no template was found."
        case .X1: "An XML document is not well-formed."
        case .X2: "An XML document is not valid against the application schema."
        case .X3: "The application schema cannot be read or compiled."
        case .W1: "The documents cannot be written (a folder cannot be created or moved)."
        case .W2: "The output folder holds files jcm did not write; it is not replaced."
        case .W3: "Documents in the output folder were edited since jcm wrote them; they are not replaced."
        case .S1: "A spreadsheet cannot be written: a sheet or name the format forbids, a value or text Excel cannot hold."
        case .S2: "Word documents were asked for but pandoc is not installed, or pandoc failed."
        case .S3: "The Word reference document (styles) is missing from the templates folder or is not a .docx."
        case .D2: "A date given on the command line or in SOURCE_DATE_EPOCH cannot be read."
        case .L1: "A wording file is not complete or consistent (a missing text, a placeholder dropped or misspelt)."
        case .L2: "No wording exists for the language asked for."
        case .E1: "A meter data file is not of the format (docs/meter-data.md): its header, a row's fields, a quote, a line too long."
        case .E2: "A timestamp of meter data cannot be read, is not a time of the calendar, or has no UTC offset."
        case .E3: "A value of meter data is not a number under the meter data grammar (a decimal point only, at most 18 digits)."
        case .E4: "A unit of meter data is unknown, of another dimension than its meter's, or cannot be converted exactly."
        case .E5: "Meter data names a meter the project does not declare, or the project declares too many."
        case .E6: "A file of claimed figures for jcm verify is not of its format or names a meter or result that does not exist."
        }
    }

    public var example: String {
        switch self {
        case .Y1: "project.yaml:12:3: error: [Y1] YAML syntax error: mapping values are not allowed here"
        case .Y2: "project.yaml:1:1: error: [Y2] the file is empty"
        case .F1: "error: [F1] cannot read file 'project.yml'"
        case .F2: "project.yaml:1:1: error: [F2] 'project.yaml' is not UTF-8 text"
        case .P1: "project.yaml:4:1: error: [P1] unknown key 'technolgy' in the project (did you mean 'technology'?)"
        case .P2: "project.yaml:1:1: error: [P2] missing required key 'technology'"
        case .P3: "project.yaml:66:22: error: [P3] 'equipment[B-1].inverter.installed' expects true or false, got 'yes please'"
        case .P4: "project.yaml:82:14: error: [P4] 'equipment[B-1].parameters.EC_PJ' expects a quantity of energy (like '1 MWh'), got tCO2"
        case .P5: "project.yaml:65:23: error: [P5] impossible value for 'equipment[B-1].motor.rated_power': -250 kW is below the minimum 0 kW"
        case .P6: "project.yaml:82:14: error: [P6] 'equipment[B-1].parameters.EC_PJ': '1.736,0 MWh' is not a number jcm reads"
        case .P7: "project.yaml:9:3: error: [P7] methodology VN_AM099 Ver1.0 is not in Methodologies"
        case .P8: "project.yaml:90:5: error: [P8] equipment id 'B-1' is used twice"
        case .P9: "project.yaml:120:1: error: [P9] no monitoring period 'MP2'; the project has: MP1"
        case .P10: "project.yaml:71:9: error: [P10] 'equipment[B-1].reference_sec.curve' point 2: the inputs are not in ascending order (60 % then 50 %)"
        case .P11: "project.yaml:38:19: error: [P11] application date 2026-01-10 falls in no shipped call's application window: FY2024 2024-04-05 – 2024-11-29 (unverified); FY2025 2025-04-04 – 2025-09-30; correct the date, or pass --programme FY… to check against a call anyway"
        case .P12: "project.yaml:51:23: error: [P12] the cost items add up to 66,940,000 JPY (61,000,000 JPY and 5,940,000 JPY consumption tax), but 'finance.initial_investment' is 66,950,000 JPY"
        case .M1: "Ver0.1.yaml:1:1: error: [M1] format 'jcm-methodology/2' is not supported here; expected 'jcm-methodology/1'"
        case .M2: "Ver0.1.yaml:160:11: error: [M2] 'parameters[0].unit': unknown unit 'kWhh'"
        case .M3: "Ver0.1.yaml:8:9: error: [M3] status must be approved, proposed or draft, got 'final'"
        case .M4: "Ver0.1.yaml:170:17: error: [M4] default of EF_elec is in 'MWh' (energy), but the parameter's unit is 'tCO2/MWh'"
        case .M5: "calibration-missing.yaml:1:1: error: [M5] test case calibration-missing: the edit 'valid_until' matches nothing"
        case .M6: "Ver0.2.yaml:1:1: error: [M6] methodology VN_AM007 Ver1.0 is defined twice: here and in Ver1.0.yaml; keep one"
        case .M7: "Ver0.1.yaml:95:5: error: [M7] unknown key 'evidense' in a criterion (did you mean 'evidence'?)"
        case .M8: "Ver0.1.yaml:93:5: error: [M8] missing required key 'evidence' in 'criteria[0]'"
        case .M9: "Ver0.1.yaml:96:7: error: [M9] 'criteria[0].text' is empty; give a value or leave the key out"
        case .M10: "Ver0.1.yaml:40:20: error: [M10] impossible value for 'min': -1 is below the minimum 0"
        case .M11: "Ver0.1.yaml:171:14: error: [M11] 'default.value': '0,6592' is not a number jcm reads"
        case .R1: "Ver0.1.yaml:98:31: error: [R1] syntax error in 'criteria[0].condition': expected ')'"
        case .R2: "Ver0.1.yaml:153:9: error: [R2] in PE_p: '+' cannot add energy and mass"
        case .R3: "Ver0.1.yaml:153:48: error: [R3] in PE_p: 'EF_elc' is not defined (did you mean 'EF_elec'?)"
        case .R4: "Ver0.1.yaml:150:9: error: [R4] RE_p gives energy but is declared in tCO2 (mass of CO2)"
        case .R5: "Ver0.1.yaml:120:5: error: [R5] criterion C3 is declared twice"
        case .R6: "Ver0.1.yaml:150:9: error: [R6] equation RE_p depends on its own result"
        case .R7: "JCM-MP-FY2024.yaml:402:9: error: [R7] table support_rate_tiers row 2: a gap between 3 (the end of row 1) and 4"
        case .T1: "proposal-summary.md.mustache:12:5: error: [T1] unknown key 'project.technolgy' (did you mean 'project.technology'?)"
        case .T2: "pdd-draft.md.mustache:40:1: error: [T2] Mustache syntax error: section not closed"
        case .T3: "pdd-draft.md.mustache:33:3: error: [T3] 'project.city' may be absent: read 'city' inside {{#project.city}}…{{/project.city}}"
        case .T4: "error: [T4] cannot tell which document 'summary.mustache' renders: name it NAME.md.mustache or NAME.xml.mustache"
        case .X1: "application.xml:3:1: error: [X1] Opening and ending tag mismatch: project line 2 and application"
        case .X2: "application.xml:5:1: error: [X2] Element 'emissions': This element is not expected."
        case .X3: "error: [X3] no jcm-application-1.0.xsd beside the templates to validate application.xml against"
        case .W1: "error: [W1] cannot create 'Output/.VN-HP-BLOWER-01.staging': permission denied"
        case .W2: "error: [W2] 'Output/VN-HP-BLOWER-01' holds files jcm did not write (notes.txt); choose another --out"
        case .W3: "error: [W3] pdd-draft.md was edited since jcm wrote it; keep the edits with --out, or pass --replace-edits"
        case .S1: "error: [S1] 'MPS(input)'!C7: a text of 40000 characters; a cell holds 32767"
        case .S2: "error: [S2] --docx needs pandoc, which is not installed: on Debian or Ubuntu, apt-get install pandoc"
        case .S3: "error: [S3] no reference.docx in 'Templates/docx' for the styles of the Word documents"
        case .D2: "error: [D2] --date '1/12/2026' is not a date written YYYY-MM-DD"
        case .L1: "wording.yaml:40:25: error: [L1] text 'reason.named' must use exactly the placeholders {expression}, {value}; it uses {expression}"
        case .L2: "error: [L2] no wording for language 'fr' in 'Templates'; languages there: en, ja, vi"
        case .E1: "meters.csv:1:1: error: [E1] 'meters.csv' is not meter data: its first line must be 'timestamp,point,value,unit' (long form) or 'timestamp,POINT [UNIT],…' (wide form), not 'Time;Value'"
        case .E2: "meters.csv:2:1: error: [E2] timestamp '2026-10-01T00:00:00' has no UTC offset: write it as 2026-10-01T00:00:00+07:00 (jcm never guesses a time zone)"
        case .E3: "meters.csv:7:33: error: [E3] '1.520,125' is not a number jcm reads: digits with a decimal point, like 1520.125 (no thousands separators, no exponent)"
        case .E4: "meters.csv:9:42: error: [E4] meter EM-B1 records energy in kWh; 'Nm3' is normal volume"
        case .E5: "meters.csv:4:27: error: [E5] meter 'EM-B3' is not declared by the project (did you mean 'EM-B1'?); it declares: EM-B1, FM-B1"
        case .E6: "claimed.yaml:6:14: error: [E6] claimed value for meter 'EM-B9', which the project does not declare"
        }
    }

    /// The code a problem of this kind carries in a methodology, programme or test case file:
    /// project-input codes become the rules files' own.
    public var inRulesFile: DiagnosticCode {
        switch self {
        case .P1: .M7
        case .P2: .M8
        case .P3: .M9
        case .P4: .M4
        case .P5: .M10
        case .P6: .M11
        default: self
        }
    }

    /// docs/diagnostics.md, generated from this list (`jcm explain --markdown`).
    public static var markdownDocument: String {
        """
        # Diagnostics

        Every problem jcm reports has a code, printed as compilers print theirs:
        `file:line:col: error: [CODE] message`. A problem in a methodology, programme or test case
        file carries an M code even when the same problem in a project file would carry a P code.
        Any problem exits with code 2 and writes nothing. `jcm explain CODE` prints one entry.
        This file is generated from `Sources/JCMDiagnostics/DiagnosticCode.swift`; do not edit it.
        """ + "\n\n" + markdownTable
    }

    /// A Markdown table of every code.
    public static var markdownTable: String {
        var lines = ["| code | about | meaning | example |", "|---|---|---|---|"]
        for code in allCases {
            let cells = [code.rawValue, code.area, code.meaning, "`\(code.example)`"].map { $0.split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|") }
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
