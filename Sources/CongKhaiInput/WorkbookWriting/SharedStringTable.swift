/// The workbook's strings (`xl/sharedStrings.xml`), each once, numbered in the order first used.
struct SharedStringTable {
    private(set) var strings: [String] = []
    private var indexByString: [String: Int] = [:]
    private(set) var references = 0

    mutating func index(of text: String) -> Int {
        references += 1
        if let index = indexByString[text] { return index }
        strings.append(text)
        indexByString[text] = strings.count - 1
        return strings.count - 1
    }

    func xml() -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        xml += "<sst xmlns=\"\(WorkbookNamespaces.main)\" count=\"\(references)\" uniqueCount=\"\(strings.count)\">"
        for text in strings {
            xml += "<si><t xml:space=\"preserve\">\(XMLText.escaped(text))</t></si>"
        }
        return xml + "</sst>"
    }
}
