using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;

namespace Limber.Tests.Testing;

/// <summary>One member a method's IL names (called, read, stored or loaded as a token), and the opcode that names it.</summary>
public sealed record IlUse(Type User, MethodBase Method, MemberInfo Member, OpCode OpCode)
{
    /// <summary>The type a reader would look for: lambdas, local functions' closures and async or iterator state machines
    /// are reported as the type whose source holds them.</summary>
    public string UserName => (User.FullName ?? User.Name).Replace('+', '.');

    public string MemberName => $"{Member.DeclaringType?.FullName}.{Member.Name}";
}

/// <summary>
/// Reads the IL of every method of an assembly and resolves the members it names, with plain reflection (no IL
/// library): what <c>ArchitectureTests</c> needs to see which code touches the file system or process-wide settings.
/// </summary>
public static class IlScan
{
    private const BindingFlags Declared = BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>Every member named by the IL of every method, constructor and accessor of <paramref name="assembly"/>.</summary>
    public static IEnumerable<IlUse> Uses(Assembly assembly)
    {
        foreach (var type in assembly.GetTypes())
        {
            var user = SourceType(type);
            foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
            {
                foreach (var (opCode, member) in Members(method))
                {
                    yield return new IlUse(user, method, member, opCode);
                }
            }
        }
    }

    /// <summary>The outermost type that is not compiler-generated: a lambda's closure class or a state machine is nested in
    /// the type whose source file holds it.</summary>
    public static Type SourceType(Type type)
    {
        while (type.DeclaringType is { } outer && IsCompilerGenerated(type))
        {
            type = outer;
        }

        return type;
    }

    public static bool IsCompilerGenerated(MemberInfo member) =>
        member.Name.Contains('<') || member.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false);

    private static IEnumerable<(OpCode OpCode, MemberInfo Member)> Members(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }

        var typeArguments = method.DeclaringType is { IsGenericType: true } t ? t.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var i = 0;
        while (i < il.Length)
        {
            short value = il[i++];
            if (value == 0xFE)
            {
                value = unchecked((short)(0xFE00 | il[i++]));
            }

            var opCode = OpCodesByValue[value];
            var size = OperandSize(opCode.OperandType, il, i);
            if (opCode.OperandType is OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineTok)
            {
                var token = BitConverter.ToInt32(il, i);
                var member = method.Module.ResolveMember(token, typeArguments, methodArguments);
                if (member is not null)
                {
                    yield return (opCode, member);
                }
            }

            i += size;
        }
    }

    private static int OperandSize(OperandType operand, byte[] il, int at) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, at)),
        _ => 4,
    };
}
