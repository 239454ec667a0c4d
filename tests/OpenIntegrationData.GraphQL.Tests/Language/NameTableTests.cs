using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Tests.Language;

public class NameTableTests
{
    [Fact]
    public void Get_SameNameTwice_ReturnsTheSameString()
    {
        var table = new NameTable();

        var first = table.Get("fieldName".AsSpan());
        var second = table.Get("xfieldNamex".AsSpan(1, 9));

        Assert.Equal("fieldName", first);
        Assert.Same(first, second);
    }

    [Fact]
    public void Get_DifferentNames_ReturnsEachName()
    {
        var table = new NameTable();

        var names = Enumerable.Range(0, 2000).Select(i => "n" + i).ToList();

        Assert.Equal(names, names.Select(n => table.Get(n)));
        Assert.Equal(names, names.Select(n => table.Get(n)));
    }

    [Fact]
    public void Get_LongName_IsNotCachedButCorrect()
    {
        var table = new NameTable();
        var name = new string('a', 100);

        Assert.Equal(name, table.Get(name));
        Assert.NotSame(table.Get(name), table.Get(name));
    }

    [Fact]
    public void Parse_RepeatedNames_ShareOneString()
    {
        var document = Parser.Parse("{ id a { id } b { id } }").Node!;

        var selections = ((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections.Cast<FieldNode>().ToList();
        Assert.Same(selections[0].Name.Value, ((FieldNode)selections[1].SelectionSet!.Selections[0]).Name.Value);
        Assert.Same(selections[0].Name.Value, ((FieldNode)selections[2].SelectionSet!.Selections[0]).Name.Value);
    }
}
