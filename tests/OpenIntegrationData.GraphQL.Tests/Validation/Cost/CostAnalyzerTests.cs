using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Types;
using OpenIntegrationData.GraphQL.Types.Building;
using OpenIntegrationData.GraphQL.Validation;
using OpenIntegrationData.GraphQL.Validation.Cost;

namespace OpenIntegrationData.GraphQL.Tests.Validation.Cost;

/// <summary>The worked examples of HotChocolate's cost documentation (docs/conventions.md#cost-examples) and its limits (docs/conventions.md#cost-limits).</summary>
public sealed class CostAnalyzerTests
{
    private static readonly Schema Library = SchemaBuilder.FromSdl(
        """
        type Query {
          book: Book @cost(weight: "10")
          books(first: Int, after: String, last: Int, before: String, where: BookFilterInput @cost(weight: "10"), order: [BookSortInput!] @cost(weight: "10")): BooksConnection
            @listSize(assumedSize: 50, slicingArguments: ["first", "last"], sizedFields: ["edges", "nodes"]) @cost(weight: "10")
          shelves(take: Int): [Shelf!]! @listSize(slicingArguments: ["take"], slicingArgumentDefaultValue: 10)
          authors: [Author!]! @listSize(assumedSize: 20, requireOneSlicingArgument: false)
        }

        type Book { title: String author: Author }
        type Author { name: String }
        type Shelf { label: String books: [Book!]! }
        type BooksConnection { pageInfo: PageInfo! edges: [BooksEdge!] nodes: [Book!] totalCount: Int! @cost(weight: "10") }
        type BooksEdge { cursor: String! node: Book! }
        type PageInfo { hasNextPage: Boolean! }

        input BookFilterInput { and: [BookFilterInput!] or: [BookFilterInput!] title: StringOperationFilterInput }
        input StringOperationFilterInput { eq: String @cost(weight: "10") contains: String @cost(weight: "20") }
        input BookSortInput { title: SortEnumType @cost(weight: "10") }
        enum SortEnumType { ASC DESC }
        """).EnableCostDirectives().Build();

    [Fact]
    public void Analyze_SingleBookWithAuthor_CostsElevenAndThree()
    {
        var analysis = Analyze("{ book { title author { name } } }");
        Assert.Equal(11, analysis.FieldCost);
        Assert.Equal(3, analysis.TypeCost);
        Assert.Empty(analysis.Errors);
    }

    [Fact]
    public void Analyze_FiftyBooksThroughConnectionEdges_CostsOneHundredElevenAndOneHundredFiftyTwo()
    {
        var analysis = Analyze("{ books(first: 50) { edges { node { title author { name } } } } }");
        Assert.Equal(111, analysis.FieldCost);
        Assert.Equal(152, analysis.TypeCost);
    }

    [Fact]
    public void Analyze_SlicingArgumentFromVariable_UsesItsValue()
    {
        var analysis = Analyze(
            "query ($n: Int) { books(first: $n) { edges { node { title author { name } } } } }",
            new Dictionary<string, object?> { ["n"] = 50 });
        Assert.Equal(111, analysis.FieldCost);
        Assert.Equal(152, analysis.TypeCost);
    }

    [Fact]
    public void Analyze_FragmentsAndAliases_AreExpandedAndCountedEach()
    {
        var analysis = Analyze("{ a: book { ...B } b: book { ...B } } fragment B on Book { title author { name } }");
        Assert.Equal(22, analysis.FieldCost);
        Assert.Equal(5, analysis.TypeCost);
    }

    [Fact]
    public void Analyze_FilterAndSortInputs_AddTheirWeightsWhetherLiteralOrVariable()
    {
        // books 10 + where 10 + contains 20 + order 10 + title sort 10 + nodes 1.
        var literal = Analyze("{ books(first: 2, where: { title: { contains: \"x\" } }, order: { title: ASC }) { nodes { title } } }");
        Assert.Equal(61, literal.FieldCost);
        Assert.Equal(4, literal.TypeCost);

        var where = new Dictionary<string, object?> { ["title"] = new Dictionary<string, object?> { ["contains"] = "x", ["eq"] = null } };
        var order = new object?[] { new Dictionary<string, object?> { ["title"] = "ASC" } };
        var variables = Analyze(
            "query ($w: BookFilterInput, $o: [BookSortInput!]) { books(first: 2, where: $w, order: $o) { nodes { title } } }",
            new Dictionary<string, object?> { ["w"] = where, ["o"] = order });
        Assert.Equal(61, variables.FieldCost);
    }

    [Fact]
    public void Analyze_ListWithoutSlicingArgument_UsesDefaultOrAssumedSize()
    {
        // shelves (1) resolves 10 shelves by default; each has a list of books of unknown size (1 each).
        var shelves = Analyze("{ shelves { label books { title } } }");
        Assert.Equal(1 + 10, shelves.FieldCost);
        Assert.Equal(1 + 10 + 10, shelves.TypeCost);

        var authors = Analyze("{ authors { name } }");
        Assert.Equal(1, authors.FieldCost);
        Assert.Equal(21, authors.TypeCost);
    }

    [Fact]
    public void Analyze_NoOrTwoSlicingArguments_ReportsHc0082WithPath()
    {
        var none = Analyze("{ list: books { totalCount } }");
        var error = Assert.Single(none.Errors);
        Assert.Equal("Exactly one slicing argument must be defined.", error.Message);
        Assert.Equal("HC0082", error.Code);
        Assert.Equal(["list"], error.Path!);
        Assert.Equal([new(1, 3)], error.Locations);

        var both = Analyze("{ books(first: 1, last: 2) { totalCount } }");
        Assert.Equal("HC0082", Assert.Single(both.Errors).Code);
    }

    [Fact]
    public void Analyze_FieldCostOverTheLimit_ReportsHc0047WithBothCosts()
    {
        var analysis = Analyze("{ books(first: 50) { edges { node { title author { name } } } } }", options: new CostOptions { MaxFieldCost = 100 });
        var error = Assert.Single(analysis.Errors);
        Assert.Equal("The maximum allowed field cost was exceeded.", error.Message);
        Assert.Equal(
            [new("code", "HC0047"), new("fieldCost", 111d), new("maxFieldCost", 100d)],
            error.Extensions);
        Assert.Empty(error.Locations);
    }

    [Fact]
    public void Analyze_TypeCostOverTheLimit_ReportsHc0047ForTheTypeCost()
    {
        var analysis = Analyze("{ books(first: 50) { edges { node { title author { name } } } } }", options: new CostOptions { MaxTypeCost = 150 });
        var error = Assert.Single(analysis.Errors);
        Assert.Equal("The maximum allowed type cost was exceeded.", error.Message);
        Assert.Equal([new("code", "HC0047"), new("typeCost", 152d), new("maxTypeCost", 150d)], error.Extensions);
    }

    [Fact]
    public void Analyze_LimitsNotEnforced_OnlyMeasures()
    {
        var analysis = Analyze("{ books(first: 50) { edges { node { title } } } }", options: new CostOptions { MaxFieldCost = 1, EnforceCostLimits = false });
        Assert.Empty(analysis.Errors);
        Assert.Equal(61, analysis.FieldCost);
    }

    [Fact]
    public void Analyze_IntrospectionFields_CostNothing()
    {
        var analysis = Analyze("{ __typename __schema { types { name } } }");
        Assert.Equal(0, analysis.FieldCost);
        Assert.Equal(1, analysis.TypeCost);
    }

    [Fact]
    public void Analyze_FragmentsSpreadingFragmentsTwice_AreCostedWithoutExpandingEverySpread()
    {
        // F0 spreads F1 twice, F1 spreads F2 twice, … : 2^40 expansions if expanded naively.
        var document = new System.Text.StringBuilder("{ ...F0 }\n");
        for (var i = 0; i < 40; i++)
        {
            document.Append("fragment F").Append(i).Append(" on Query { ...F").Append(i + 1).Append(" ...F").Append(i + 1).Append(" }\n");
        }

        document.Append("fragment F40 on Query { book { title } }\n");
        var parsed = Parser.Parse(document.ToString()).Node!;
        var operation = parsed.Definitions.OfType<OperationDefinitionNode>().Single();
        var fragments = parsed.Definitions.OfType<FragmentDefinitionNode>().ToDictionary(static f => f.Name.Value);
        var analysis = CostAnalyzer.Analyze(Library, operation, fragments, new Dictionary<string, object?>(), CostOptions.Default);

        // Each expansion costs 10 (book); there are 2^40 of them.
        Assert.Equal(10 * Math.Pow(2, 40), analysis.FieldCost);
        Assert.Equal("HC0047", Assert.Single(analysis.Errors).Code);
    }

    [Fact]
    public void Analyze_SameFragmentUnderListsOfDifferentSizes_ScalesWithEachList()
    {
        var analysis = Analyze("{ a: books(first: 2) { nodes { ...T } } b: books(first: 5) { nodes { ...T } } } fragment T on Book { author { name } }");
        // books 10 + nodes 1 + author 1 x size, for sizes 2 and 5.
        Assert.Equal((10 + 1 + 2) + (10 + 1 + 5), analysis.FieldCost);
    }

    private static CostAnalysis Analyze(string source, IReadOnlyDictionary<string, object?>? variables = null, CostOptions? options = null)
    {
        var document = Parser.Parse(source).Node!;
        Assert.Empty(new DocumentValidator(Library).Validate(document).Errors);
        var operation = document.Definitions.OfType<OperationDefinitionNode>().Single();
        var fragments = document.Definitions.OfType<FragmentDefinitionNode>().ToDictionary(static f => f.Name.Value);
        return CostAnalyzer.Analyze(Library, operation, fragments, variables ?? new Dictionary<string, object?>(), options ?? CostOptions.Default);
    }
}
