import Testing
import NQSupport

@Suite("Passwords in database URLs are hidden")
struct CredentialsTests {
    @Test("user:password@ and password= are hidden; everything else is kept", arguments: [
        ("postgresql://ann:s3cret@db.example.org:5432/news", "postgresql://ann:***@db.example.org:5432/news"),
        ("save \"postgresql://ann:p@ss:word@host/db\"", "save \"postgresql://ann:***@host/db\""),
        ("postgresql://ann@host/db", "postgresql://ann@host/db"),
        ("postgresql://host/db?user=ann&password=xyz&sslmode=require", "postgresql://host/db?user=ann&password=***&sslmode=require"),
        ("count mentions NATO", "count mentions NATO"),
        ("load \"a.csv\"; save \"postgres://u:pw@h/d\"", "load \"a.csv\"; save \"postgres://u:***@h/d\""),
    ])
    func hidden(_ input: String, _ expected: String) {
        #expect(Credentials.hidden(in: input) == expected)
    }
}
