/// Every bound CongKhai puts on its input, in one place and documented in the README
/// ("Limits"). Each protects against a small file that would otherwise take minutes or
/// gigabytes: a YAML alias bomb, a Markdown table that cmark-gfm pads to millions of cells,
/// a time limit of a hundred million days. The values are far above what a commune's real
/// content needs, so only mistakes and attacks reach them.
public enum InputLimits {
    /// Bytes per file, checked before the file is read into memory.
    public enum FileSize {
        public static let siteConfig = 256 * 1024
        /// A page or notice: front matter plus Markdown body.
        public static let page = 1024 * 1024
        /// One procedure's detail file (`data/thu-tuc/<code>.md`).
        public static let procedureDetail = 1024 * 1024
        /// A CSV data table: a 100,000-procedure catalog is about 60 MB.
        public static let csvData = 128 * 1024 * 1024
        /// A YAML data file: YAML costs several times more memory per byte than CSV.
        public static let yamlData = 32 * 1024 * 1024
        /// A workbook's options file (`<name>.xlsx.yaml`): a sheet name and little else.
        public static let workbookOptions = 64 * 1024
        /// A Mustache template of the theme.
        public static let template = 1024 * 1024
    }

    /// One part of an `.xlsx` workbook once inflated, counted on the bytes actually inflated
    /// (a zip bomb claims small sizes): a 100,000-row sheet is about 40 MB.
    public static let workbookPartBytes = 100_000_000

    /// Front matter of a page, in bytes.
    public static let frontMatterBytes = 64 * 1024
    /// Markdown body of a page or detail file, in bytes (cmark-gfm has inputs that take
    /// quadratic time; a bound on size bounds them).
    public static let markdownBodyBytes = 512 * 1024
    /// Cells of one Markdown table (rows × columns of its delimiter row). Debian's cmark-gfm
    /// 0.29.0.gfm.6 pads every short row to the header's width (CVE-2023-37463, fixed upstream
    /// in 0.29.0.gfm.12), so 18 KB of text can become 90 MB of HTML.
    public static let markdownTableCells = 20_000
    /// Nodes that YAML aliases (`*name`) may add to a document once expanded: an anchor
    /// reused a handful of times is fine; nested reuse ("billion laughs") is not.
    public static let yamlAliasExpansion = 10_000
    /// Nodes (keys, values, lists) of one YAML document: Yams' tree takes some 350 bytes a
    /// node, so this bounds a YAML file at about 140 MB of memory. A 10,000-procedure catalog
    /// written as YAML is about 210,000 nodes.
    public static let yamlNodes = 400_000
    /// A time limit longer than this is a typo: the longest statutory limits are a few months.
    public static let timeLimitDays = 365 * 3
    /// Largest magnitude of a score, threshold or total in the scoring files: real ones are
    /// below 100; a bound keeps every sum and format away from overflow and infinity.
    public static let scoreMagnitude = 1_000_000.0
    /// Largest count in a statistics table: sums of a few such counts stay far from Int.max.
    public static let statisticsCount = 1_000_000_000
    /// Bytes of one path component on Linux and macOS file systems (NAME_MAX).
    public static let pathComponentBytes = 255
    /// Bytes of a page's whole slug, leaving room under PATH_MAX (4,096) for the output folder.
    public static let slugBytes = 1024
}
