import Testing

@testable import Graph
@testable import Syntax

/// Every form of `request_url_template` real data actions use, read as the request the specs
/// match. The inputs are the strings after HCL evaluation: `$${input.x}` in a `.tf` file is
/// `${input.x}` here.
@Suite struct DataActionURLTests {
    @Test(arguments: [
        // Velocity references in a path segment fill it as a placeholder.
        ("/api/v2/users/${input.userId}", "GET /api/v2/users/{userId}"),
        ("/api/v2/users/$input.userId/presences", "GET /api/v2/users/{userId}/presences"),
        ("/api/v2/users/$!{input.userId}/roles", "GET /api/v2/users/{userId}/roles"),
        (
            "/api/v2/architect/emergencygroups/$esc.url(${input.emergencyGroup_ID})",
            "GET /api/v2/architect/emergencygroups/{emergencyGroup_ID}"
        ),
        ("/api/v2/routing/queues/$esc.url('On Queue')/members", "GET /api/v2/routing/queues/{On}/members"),
        ("/api/v2/conversations/$Input.conversationId", "GET /api/v2/conversations/{conversationId}"),
        // A method call with a quoted `)` and spaces stays one reference.
        (
            "/api/v2/flows/datatables/${input.DatatableId}/rows/${input.Key.replace(' ','%20')}",
            "GET /api/v2/flows/datatables/{DatatableId}/rows/{Key}"
        ),
        (
            "/api/v2/flows/datatables/${input.DATATABLE_ID}/rows/${input.KEY_VALUE.replace(' ', '%20')}?showbrief=false",
            "GET /api/v2/flows/datatables/{DATATABLE_ID}/rows/{KEY_VALUE}"
        ),
        // The query string goes, whatever it holds.
        ("/api/v2/routing/queues?name=${input.Queue_Name}", "GET /api/v2/routing/queues"),
        (
            "/api/v2/externalcontacts/contacts?q=$esc.url(${input.searchAttribute})&expand=externalOrganization",
            "GET /api/v2/externalcontacts/contacts"
        ),
        ("/api/data/v8.1/leads?${esc.dollar}select=leadid&${esc.dollar}top=1", "GET /api/data/v8.1/leads"),
        // Literal segments keep their case; a trailing `/` goes.
        ("/api/v2/users/${input.USER_ID}/presences/PURECLOUD", "GET /api/v2/users/{USER_ID}/presences/PURECLOUD"),
        ("/services/data/v54.0/sobjects/Case/", "GET /services/data/v54.0/sobjects/Case"),
        (
            "/services/data/v54.0/sobjects/$salesforce.escReserved(${input.Object_SF_Type})/x",
            "GET /services/data/v54.0/sobjects/{Object_SF_Type}/x"
        ),
        // A hand-encoded segment is literal text.
        ("/api/v2/routing/wrapupcodes/On%20Queue", "GET /api/v2/routing/wrapupcodes/On%20Queue"),
        // `$` before anything but a name or a brace is literal.
        ("/api/v2/things/$5", "GET /api/v2/things/$5"),
        // Absolute URLs keep their host, lowercased.
        ("https://API.mypurecloud.com/api/v2/users/${input.id}", "GET https://api.mypurecloud.com/api/v2/users/{id}"),
        (
            "https://www.example.com/health/check/services/${input.service}",
            "GET https://www.example.com/health/check/services/{service}"
        ),
        // A reference in the host leaves only the path known.
        ("https://${input.Domain}.service-now.com/api/now/table/incident", "GET /api/now/table/incident"),
    ])
    func readsTheRequest(template: String, call: String) throws {
        let url = try DataActionURL.parse(template).get()
        #expect(url.call(method: "get") == call)
    }

    @Test func aReferenceInTheHostMarksTheHostUnknown() throws {
        let url = try DataActionURL.parse("https://${input.Domain}.service-now.com/api/now/table/incident").get()
        #expect(url.host == nil)
        #expect(url.hostIsUnknown)
        let known = try DataActionURL.parse("https://api.mypurecloud.com/api/v2/users").get()
        #expect(known.host == "api.mypurecloud.com")
        #expect(!known.hostIsUnknown)
    }

    @Test func terraformInterpolationsAreUnknownPieces() throws {
        // `/api/v2/flows/datatables/${genesyscloud_architect_datatable.t.id}/rows`
        let datatable = try DataActionURL.parse([
            .text("/api/v2/flows/datatables/"), .unknown("known after apply"), .text("/rows"),
        ]).get()
        #expect(datatable.call(method: "POST") == "POST /api/v2/flows/datatables/{value}/rows")
        // `https://api.${var.region}/api/v2/users/me`
        let regional = try DataActionURL.parse([
            .text("https://api."), .unknown("var.region has no value"), .text("/api/v2/users/me"),
        ]).get()
        #expect(regional.call(method: "GET") == "GET /api/v2/users/me")
        #expect(regional.hostIsUnknown)
    }

    @Test(arguments: [
        ("${credentials.loginUrl}", DataActionURL.Problem.placeholderPrefix),
        ("${credentials.loginUrl}/services/data", .placeholderPrefix),
        (
            "arn:aws:lambda:us-east-1:123456789012:function:lookup",
            .notAPath("arn:aws:lambda:us-east-1:123456789012:function:lookup")
        ),
        ("https://api.mypurecloud.com", .notAPath("https://api.mypurecloud.com")),
        ("", .notAPath("")),
    ])
    func whatIsNotARequestPathIsSaid(template: String, problem: DataActionURL.Problem) {
        #expect(throws: problem) { try DataActionURL.parse(template).get() }
    }
}
