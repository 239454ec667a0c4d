using System.Runtime.CompilerServices;
using OpenIntegrationData.GraphQL.Errors;

namespace OpenIntegrationData.GraphQL.Language;

/// <summary>
/// Parses GraphQL source text into the immutable syntax tree: executable documents (spec 2
/// "Language") and type-system documents (spec 3 "Type System"), September 2025 edition. The
/// parser is a recursive-descent reader over a <see cref="Lexer"/>; it stops at the first syntax
/// error, which is returned as a value with its location, never thrown. The limits of
/// <see cref="ParserOptions"/> keep hostile documents cheap to refuse.
/// </summary>
public static partial class Parser
{
    /// <summary>Scratch capacity above which a thread drops its list instead of keeping it.</summary>
    private const int MaxRetainedScratch = 4096;

    /// <summary>
    /// One scratch list per thread, reused by every parse on it: all node lists of a document are
    /// collected on it like a stack and copied out as exact-size arrays.
    /// </summary>
    [ThreadStatic]
    private static List<SyntaxNode>? t_scratch;

    private delegate T ParseStep<out T>(ref Session session);

    /// <summary>Parses a whole document (spec 2.2 Document).</summary>
    public static ParseResult<DocumentNode> Parse(string source, ParserOptions? options = null) =>
        Run(source, options, static (ref Session session) => session.ParseDocument());

    /// <summary>Parses a single value literal; variables are allowed (graphql-js <c>parseValue</c>).</summary>
    public static ParseResult<ValueNode> ParseValue(string source, ParserOptions? options = null) =>
        Run(source, options, static (ref Session session) => session.ParseWhole(static (ref Session s) => s.ParseValueLiteral(isConst: false)));

    /// <summary>Parses a single type reference such as <c>[String!]!</c> (spec 2.11).</summary>
    public static ParseResult<TypeNode> ParseType(string source, ParserOptions? options = null) =>
        Run(source, options, static (ref Session session) => session.ParseWhole(static (ref Session s) => s.ParseTypeReference()));

    private static ParseResult<T> Run<T>(string source, ParserOptions? options, ParseStep<T> step)
        where T : SyntaxNode
    {
        ArgumentNullException.ThrowIfNull(source);
        var scratch = t_scratch ?? new List<SyntaxNode>(64);
        t_scratch = null;
        try
        {
            var session = new Session(source, options ?? ParserOptions.Default, scratch);
            return ParseResult<T>.Success(step(ref session));
        }
        catch (SyntaxErrorException error)
        {
            return ParseResult<T>.Failure(new GraphQLError(error.Message, [new ErrorLocation(error.Line, error.Column)]));
        }
        finally
        {
            scratch.Clear();
            t_scratch = scratch.Capacity <= MaxRetainedScratch ? scratch : null;
        }
    }

    /// <summary>
    /// One parse of one source text: the lexer, the options and the current nesting depth. The
    /// grammar methods are split by concern over the Parser.*.cs files.
    /// </summary>
    private ref partial struct Session
    {
        private readonly bool _noLocations;
        private readonly int _maxDepth;
        private readonly List<SyntaxNode> _items;
        private readonly NameTable _names;
        private Lexer _lexer;
        private int _depth;
        private int _lastEnd;

        public Session(string source, ParserOptions options, List<SyntaxNode> scratch)
        {
            _noLocations = options.NoLocations;
            _maxDepth = options.MaxDepth;
            _items = scratch;
            _names = NameTable.Current;
            _lexer = new Lexer(source, options.MaxTokens);
            _lexer.MoveNext();
        }

        /// <summary>Parses one node with <paramref name="step"/> and requires the source to end there.</summary>
        public T ParseWhole<T>(ParseStep<T> step)
        {
            var node = step(ref this);
            Expect(TokenKind.EndOfFile);
            return node;
        }

        /// <summary>Document : Definition+ (spec 2.2).</summary>
        public DocumentNode ParseDocument()
        {
            var definitionsStart = BeginList();
            do
            {
                AddItem(ParseDefinition());
            }
            while (_lexer.Kind != TokenKind.EndOfFile);

            var definitions = EndList<DefinitionNode>(definitionsStart);

            // Like graphql-js, the document spans the whole source, trailing ignored tokens included.
            return new DocumentNode(definitions, _noLocations ? null : new Location(0, _lexer.End, 1, 1));
        }

        /// <summary>
        /// Definition : ExecutableDefinition | TypeSystemDefinitionOrExtension (spec 2.2). Many
        /// definitions start with a description, so the keyword may be one token ahead.
        /// </summary>
        private DefinitionNode ParseDefinition()
        {
            if (_lexer.Kind == TokenKind.LeftBrace)
            {
                return ParseOperationDefinition();
            }

            var hasDescription = _lexer.Kind is TokenKind.String or TokenKind.BlockString;
            var keyword = hasDescription ? _lexer.Peek() : _lexer;
            if (hasDescription && keyword.Kind == TokenKind.LeftBrace)
            {
                throw SyntaxErrors.DescriptionOnShorthandQuery(in _lexer);
            }

            if (keyword.Kind != TokenKind.Name)
            {
                throw SyntaxErrors.ExpectedDefinition(in keyword);
            }

            switch (keyword.Text)
            {
                case "query" or "mutation" or "subscription":
                    return ParseOperationDefinition();
                case "fragment":
                    return ParseFragmentDefinition();
                case "schema":
                    return ParseSchemaDefinition();
                case "scalar":
                    return ParseScalarTypeDefinition();
                case "type":
                    return ParseObjectTypeDefinition();
                case "interface":
                    return ParseInterfaceTypeDefinition();
                case "union":
                    return ParseUnionTypeDefinition();
                case "enum":
                    return ParseEnumTypeDefinition();
                case "input":
                    return ParseInputObjectTypeDefinition();
                case "directive":
                    return ParseDirectiveDefinition();
                case "extend" when hasDescription:
                    throw SyntaxErrors.DescriptionOnExtension(in _lexer);
                case "extend":
                    return ParseTypeSystemExtension();
                default:
                    throw hasDescription
                        ? SyntaxErrors.DescriptionWithoutDefinition(in _lexer)
                        : SyntaxErrors.ExpectedDefinition(in keyword);
            }
        }

        /// <summary>Description : StringValue (spec 2.2), when present.</summary>
        private StringValueNode? ParseDescription() =>
            _lexer.Kind is TokenKind.String or TokenKind.BlockString ? ParseStringLiteral() : null;

        /// <summary>Name (spec 2.1.9).</summary>
        private NameNode ParseName()
        {
            if (_lexer.Kind != TokenKind.Name)
            {
                throw SyntaxErrors.ExpectedToken(TokenKind.Name, in _lexer);
            }

            var start = _lexer.Token;
            var value = _names.Get(_lexer.Text);
            Advance();
            return new NameNode(value, Loc(start));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private void Advance()
        {
            _lastEnd = _lexer.End;
            _lexer.MoveNext();
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private readonly bool Peek(TokenKind kind) => _lexer.Kind == kind;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private bool Skip(TokenKind kind)
        {
            if (_lexer.Kind != kind)
            {
                return false;
            }

            Advance();
            return true;
        }

        private void Expect(TokenKind kind)
        {
            if (!Skip(kind))
            {
                throw SyntaxErrors.ExpectedToken(kind, in _lexer);
            }
        }

        private bool SkipKeyword(string keyword)
        {
            if (!_lexer.IsKeyword(keyword))
            {
                return false;
            }

            Advance();
            return true;
        }

        private void ExpectKeyword(string keyword)
        {
            if (!SkipKeyword(keyword))
            {
                throw SyntaxErrors.ExpectedKeyword(keyword, in _lexer);
            }
        }

        /// <summary>The location from <paramref name="start"/> to the end of the last consumed token.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private readonly Location? Loc(in Token start) =>
            _noLocations ? null : new Location(start.Start, _lastEnd, start.Line, start.Column);

        /// <summary>Starts collecting the items of a node list; returns the mark to pass to <see cref="EndList{T}"/>.</summary>
        private readonly int BeginList() => _items.Count;

        private readonly void AddItem(SyntaxNode item) => _items.Add(item);

        /// <summary>
        /// The items added since <paramref name="start"/>, as an exact-size array, removed from the
        /// scratch list. Nested lists are ended before their parent gets its next item, so the
        /// scratch list works as a stack.
        /// </summary>
        private readonly T[] EndList<T>(int start)
            where T : SyntaxNode
        {
            var count = _items.Count - start;
            if (count == 0)
            {
                return [];
            }

            var items = new T[count];
            for (var i = 0; i < count; i++)
            {
                items[i] = (T)_items[start + i];
            }

            _items.RemoveRange(start, count);
            return items;
        }

        /// <summary>
        /// Enters one level of nesting (selection set, list or object value, list type) at the
        /// current bracket token. Past <see cref="ParserOptions.MaxDepth"/>, or when the thread's
        /// stack runs low under a very high configured limit, parsing stops with an error.
        /// </summary>
        private void EnterNesting()
        {
            if (++_depth > _maxDepth)
            {
                throw SyntaxErrors.TooDeep(_maxDepth, in _lexer);
            }

            // Asking the runtime costs a call; sixteen levels use far less stack than the margin it keeps.
            if (_depth % 16 == 0 && !RuntimeHelpers.TryEnsureSufficientExecutionStack())
            {
                throw SyntaxErrors.TooDeepForStack(in _lexer);
            }
        }

        private void ExitNesting() => _depth--;
    }
}
