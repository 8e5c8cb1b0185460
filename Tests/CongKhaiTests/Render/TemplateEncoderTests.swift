import Testing
@testable import CongKhai

@Suite struct TemplateEncoderTests {
    struct Link: Encodable, Sendable {
        let title: String
        let pageURL: String?
    }

    struct Listing: Encodable, Sendable {
        let total: Int
        let isSplit: Bool
        let links: [Link]
        let tags: [String]
        let note: String?
        let when: DateView?
    }

    @Test func namesBecomeTheTemplatesSnakeCase() {
        #expect(TemplateEncoder.snakeCase("title") == "title")
        #expect(TemplateEncoder.snakeCase("sheetURL") == "sheet_url")
        #expect(TemplateEncoder.snakeCase("jsonLD") == "json_ld")
        #expect(TemplateEncoder.snakeCase("portalByID") == "portal_by_id")
        #expect(TemplateEncoder.snakeCase("isHome") == "is_home")
        #expect(TemplateEncoder.snakeCase("URLValue") == "url_value")
        #expect(TemplateEncoder.snakeCase("level2Name") == "level2_name")
    }

    @Test func aViewBecomesDictionariesArraysAndScalarsWithNilKeysLeftOut() throws {
        let view = Listing(total: 2, isSplit: false,
                           links: [.init(title: "A", pageURL: "/a/"), .init(title: "B", pageURL: nil)],
                           tags: ["x", "y"], note: nil, when: DateView(CivilDate(year: 2025, month: 7, day: 1)))
        let value = try #require(TemplateEncoder.encode(view) as? [String: Any])
        #expect(Set(value.keys) == ["total", "is_split", "links", "tags", "when"])
        #expect(value["total"] as? Int == 2)
        #expect(value["is_split"] as? Bool == false)
        let links = try #require(value["links"] as? [Any])
        let first = try #require(links[0] as? [String: Any]), second = try #require(links[1] as? [String: Any])
        #expect(first["page_url"] as? String == "/a/")
        // A missing key, not an empty string: Mustache shows a section for "" too.
        #expect(second["page_url"] == nil && second["title"] as? String == "B")
        #expect(value["tags"] as? [Any] as? [String] == ["x", "y"])
        let when = try #require(value["when"] as? [String: Any])
        #expect(when["short"] as? String == "01/07/2025" && when["iso"] as? String == "2025-07-01")
    }

    struct Part: Encodable, Sendable {
        let name: String
        let note: String?
    }

    struct Whole: Encodable, Sendable {
        let first: Part
        let second: Part

        func encode(to encoder: Encoder) throws {
            try first.encode(to: encoder)
            try second.encode(to: encoder)
        }
    }

    @Test func viewsEncodedIntoOneEncoderShareOneObjectAndTheLaterWins() throws {
        let value = try #require(TemplateEncoder.encode(
            Whole(first: .init(name: "first", note: "kept"), second: .init(name: "second", note: nil))) as? [String: Any])
        #expect(value["name"] as? String == "second")
        // The later part has no note: the earlier one's stays, as a letter keeps its row's reason.
        #expect(value["note"] as? String == "kept")
    }

    struct Shared: Encodable, Sendable {
        let title: String
        let root: String
    }

    struct Layout: Encodable, Sendable {
        let title: String
        let count: Int
    }

    @Test func aPageMergesTheSharedFieldsEncodedOnceAndItsLayoutWins() throws {
        let shared = EncodedFields(Shared(title: "shared", root: "/xa/"))
        let page = PageView(shared: shared, nav: [NavItem(title: "Trang chủ", url: "/xa/", current: true)],
                            page: PageInfo(title: "Trang", url: "/xa/trang/", isHome: false, description: nil,
                                           canonical: nil, own: nil),
                            layout: Layout(title: "layout", count: 3))
        let value = try #require(TemplateEncoder.encode(page) as? [String: Any])
        #expect(value["root"] as? String == "/xa/")
        #expect(value["title"] as? String == "layout")
        #expect(value["count"] as? Int == 3)
        let nav = try #require(value["nav"] as? [Any]).compactMap { $0 as? [String: Any] }
        #expect(nav.first?["current"] as? Bool == true)
        let pageValues = try #require(value["page"] as? [String: Any])
        #expect(pageValues["is_home"] as? Bool == false && pageValues["description"] == nil && pageValues["content"] == nil)
    }

    struct WithData: Encodable, Sendable {
        let data: SiteDataValues
        let routes: NameTable
    }

    @Test func theWebmastersDataAndNameTablesKeepTheirKeys() throws {
        let data = DataValue.map(["hotlineNumber": .string("1022"), "empty": .string(""), "items": .list([.int(1)])])
        let value = try #require(TemplateEncoder.encode(WithData(data: SiteDataValues(value: data),
                                                                 routes: NameTable(names: ["feedbackPrint": "/in/"]))) as? [String: Any])
        let encoded = try #require(value["data"] as? [String: Any])
        #expect(encoded["hotlineNumber"] as? String == "1022")
        #expect(encoded["hotline_number"] == nil && encoded["empty"] == nil)
        #expect((value["routes"] as? [String: String])?["feedbackPrint"] == "/in/")
    }

    /// A view written by hand: nested containers, an explicit nil, nils in a list, a direct
    /// write after a nested container of the same name.
    struct HandWritten: Encodable, Sendable {
        enum Keys: String, CodingKey { case fact, list, gone, later, base }
        enum FactKeys: String, CodingKey { case label, value }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            var fact = container.nestedContainer(keyedBy: FactKeys.self, forKey: .fact)
            try fact.encode("Phí", forKey: .label)
            var list = container.nestedUnkeyedContainer(forKey: .list)
            try list.encode("a")
            try list.encodeNil()
            try list.encode(Optional<String>.none)
            try list.encode(3)
            try container.encode(Optional<String>.none, forKey: .gone)
            var earlier = container.nestedContainer(keyedBy: FactKeys.self, forKey: .later)
            try earlier.encode("nested", forKey: .value)
            try container.encode("direct", forKey: .later)
            var base = container.superEncoder(forKey: .base).singleValueContainer()
            try base.encode(true)
        }
    }

    @Test func handWrittenViewsGetTheSameRules() throws {
        let value = try #require(TemplateEncoder.encode(HandWritten()) as? [String: Any])
        #expect((value["fact"] as? [String: Any])?["label"] as? String == "Phí")
        let list = try #require(value["list"] as? [Any])
        // Nils are left out of a list: Mustache would print them as "nil".
        #expect(list.count == 2 && list[0] as? String == "a" && list[1] as? Int == 3)
        // An explicit nil leaves its key out, as `encodeIfPresent` does.
        #expect(value.keys.contains("gone") == false)
        // The later write wins, even over a nested container made first.
        #expect(value["later"] as? String == "direct")
        #expect(value["base"] as? Bool == true)
    }
}
