using AnalysisHelpers.Quantities;

namespace AnalysisHelpers.Derived;

/// <summary>Where a derived figure's inputs come from, which decides where it is shown: figures worked out inside
/// one article are kept apart from those that combine articles, or set articles against reference figures.</summary>
public enum DerivedScope
{
    /// <summary>Every input is a claim of the same article.</summary>
    WithinArticle,
    /// <summary>The inputs are claims of two or more articles.</summary>
    AcrossArticles,
    /// <summary>At least one input is a reference figure.</summary>
    WithReferences,
}

/// <summary>One named input of a derived figure: the role it plays in the formula, the claim or reference it is,
/// its figure as written, and the interval its rounding allows.</summary>
/// <param name="Role">The name the formula gives it ("stated fall", "OpenAI operating cost").</param>
/// <param name="Id">A claim id (C061) or a reference id (R14).</param>
/// <param name="SourceId">The article a claim comes from; empty for a reference.</param>
/// <param name="Text">The figure as the article writes it, or the reference's figure and period.</param>
/// <param name="Value">The values the input allows once its rounding is counted.</param>
/// <param name="UnitToken">The unit of the input (a claims or reference_figures token).</param>
public sealed record DerivedInput(string Role, string Id, string SourceId, string Text, Interval Value, string UnitToken)
{
    public bool IsReference => SourceId.Length == 0;
}

/// <summary>A figure computed by a written formula from claims and reference figures.</summary>
/// <param name="Kind">The formula's id (<see cref="DerivedCatalogue"/> constants); <see cref="Id"/> starts with it.</param>
/// <param name="Inputs">The named inputs, in the order the formula names them.</param>
/// <param name="Value">The interval the inputs allow once their rounding is counted ("$1.2 billion" is 1.15 to 1.25
/// billion); a bound in an input stays a bound here.</param>
/// <param name="Stated">The same formula on the figures exactly as written (bounds kept, no rounding).</param>
/// <param name="Subject">What the figure estimates, in the names of claims.csv, so it can be set against a
/// reference that measures the same (subject, metric and period).</param>
/// <param name="ComparesClaimToReference">True for a ratio of a claim to an amount worked out from references:
/// the claim agrees with them when the ratio's interval contains 1.</param>
public sealed record DerivedFigure(
    string Id,
    string Kind,
    string Name,
    string Formula,
    IReadOnlyList<DerivedInput> Inputs,
    Interval Value,
    Interval Stated,
    Unit Unit,
    DerivedScope Scope,
    string Subject,
    string Metric,
    string Period,
    string Note,
    bool ComparesClaimToReference = false)
{
    /// <summary>A figure over claims only, for code that builds one by hand (tests, charts).</summary>
    public DerivedFigure(string id, string name, string formula, IReadOnlyList<string> claimIds, Interval value, Unit unit, string note)
        : this(id, id.Split('-')[0], name, formula, claimIds.Select(c => new DerivedInput("", c, "?", "", value, unit.ToToken())).ToList(),
            value, value, unit, DerivedScope.WithinArticle, "", "", "", note)
    {
    }

    /// <summary>The claims among the inputs, in formula order.</summary>
    public IReadOnlyList<string> ClaimIds => Inputs.Where(i => !i.IsReference).Select(i => i.Id).Distinct().ToList();

    /// <summary>The reference figures among the inputs, in formula order.</summary>
    public IReadOnlyList<string> ReferenceIds => Inputs.Where(i => i.IsReference).Select(i => i.Id).Distinct().ToList();

    /// <summary>The articles the claim inputs come from, in order of first use.</summary>
    public IReadOnlyList<string> SourceIds => Inputs.Where(i => !i.IsReference).Select(i => i.SourceId).Distinct().ToList();

    /// <summary>True when every input is a claim of one article.</summary>
    public bool IsWithinArticle => Scope == DerivedScope.WithinArticle;

    /// <summary>"C061 “$1.2 billion”; C063 “30%”": the inputs with their figures as written.</summary>
    public string InputsText => string.Join("; ", Inputs.Select(i => $"{i.Role}: {i.Id} {i.Text}".Trim()));
}
