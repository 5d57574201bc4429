using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.FSharp.Core;

namespace AnalysisHelpers.Charts;

/// <summary>Calls Plotly.NET's typed <c>init</c> and <c>style</c> members from C# with only the arguments a chart
/// sets. In Plotly.NET 6.0.0 their F# optional parameters reach C# as required <c>FSharpOption</c> parameters with
/// up to 18 type parameters (Scatter has 70 parameters, LinearAxis 90), and Plotly.NET.CSharp covers traces and a few
/// axis settings but not the objects a house style needs (annotations, tick arrays, domains). So the call is made
/// here: each named argument is wrapped as Some, every other one passed as None, and each type parameter taken from
/// its argument. Plotly.NET itself still builds the object, names its JSON properties and converts every
/// <c>StyleParam</c>; an unknown argument name is an error naming the ones the member takes, which every chart test
/// would meet.</summary>
internal static class PlotlyInit
{
    private static readonly ConcurrentDictionary<(Type, string), MethodInfo> Members = new();

    /// <summary><c>T.init(...)</c>: a Plotly.NET object (Marker, LinearAxis, Annotation, …).</summary>
    public static T Init<T>(params (string Name, object? Value)[] arguments) => (T)Call(typeof(T), "init", arguments)!;

    /// <summary><c>T.style(...)</c> applied to an object: sets the given properties the way <c>init</c> would.</summary>
    public static T Style<T>(T target, params (string Name, object? Value)[] arguments) =>
        ((FSharpFunc<T, T>)Call(typeof(T), "style", arguments)!).Invoke(target);

    /// <summary>A Plotly.NET trace from its style function, such as <c>Trace2DStyle.Scatter</c>, on a new trace of
    /// that kind.</summary>
    public static Plotly.NET.Trace2D Trace2D(string kind, params (string Name, object? Value)[] arguments) =>
        (Plotly.NET.Trace2D)((FSharpFunc<Plotly.NET.Trace, Plotly.NET.Trace>)Call(typeof(Plotly.NET.Trace2DStyle), kind, arguments)!)
            .Invoke(new Plotly.NET.Trace2D(kind.ToLowerInvariant()));

    /// <summary>A static member of Plotly.NET by name, such as <c>Trace2DStyle.Scatter</c> or <c>Layout.style</c>.</summary>
    public static object? Call(Type owner, string member, params (string Name, object? Value)[] arguments)
    {
        var definition = Members.GetOrAdd((owner, member), key => key.Item1
            .GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Single(m => m.Name == key.Item2 && m.GetParameters().All(p => IsOption(p.ParameterType))));
        var parameters = definition.GetParameters();
        var byName = parameters.Select((p, i) => (p.Name!, i)).ToDictionary(p => p.Item1, p => p.i, StringComparer.Ordinal);
        var values = new object?[parameters.Length];
        var given = new bool[parameters.Length];
        foreach (var (name, value) in arguments)
        {
            if (!byName.TryGetValue(name, out int index))
                throw new ArgumentException($"{owner.Name}.{member} takes no argument {name}; it takes {string.Join(", ", byName.Keys)}.");
            if (value is null) continue;
            values[index] = value;
            given[index] = true;
        }
        var method = definition.IsGenericMethodDefinition ? definition.MakeGenericMethod(TypeArguments(definition, values)) : definition;
        var actual = method.GetParameters();
        var call = new object?[actual.Length];
        for (int i = 0; i < actual.Length; i++)
        {
            if (given[i]) call[i] = actual[i].ParameterType.GetMethod("Some")!.Invoke(null, [values[i]]);
        }
        return method.Invoke(null, call);
    }

    private static bool IsOption(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(FSharpOption<>);

    /// <summary>Each type parameter from the first argument that fixes it: <c>X: 'a</c> from the value's type,
    /// <c>X: seq&lt;'a&gt;</c> from its element type; one no argument fixes is its base-type constraint if it has one,
    /// else string, which meets the other constraints these members put (IConvertible).</summary>
    private static Type[] TypeArguments(MethodInfo definition, object?[] values)
    {
        var generic = definition.GetGenericArguments();
        var chosen = new Type?[generic.Length];
        var parameters = definition.GetParameters();
        for (int i = 0; i < parameters.Length; i++)
        {
            if (values[i] is not { } value) continue;
            var inner = parameters[i].ParameterType.GetGenericArguments()[0];
            if (inner.IsGenericParameter)
            {
                chosen[inner.GenericParameterPosition] ??= value.GetType();
            }
            else if (inner.IsGenericType && inner.GetGenericTypeDefinition() == typeof(IEnumerable<>) && inner.GetGenericArguments()[0] is { IsGenericParameter: true } element)
            {
                chosen[element.GenericParameterPosition] ??= value.GetType().GetInterfaces().Append(value.GetType())
                    .First(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IEnumerable<>)).GetGenericArguments()[0];
            }
        }
        // A type parameter that is the object styled (T :> Trace) takes its constraint's type.
        return chosen.Select((t, i) => t ?? generic[i].GetGenericParameterConstraints().FirstOrDefault(c => !c.IsInterface) ?? typeof(string)).ToArray();
    }
}
