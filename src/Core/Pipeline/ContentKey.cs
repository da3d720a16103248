using System.Security.Cryptography;
using System.Text;

namespace Limber.Pipeline;

/// <summary>A short, stable digest of some text, for <see cref="BuildCache"/> keys that stand for site-wide facts.</summary>
public static class ContentKey
{
    public static string Of(IEnumerable<string> parts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in parts)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(part));
            hash.AppendData("\0"u8);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
