namespace AnalysisHelpers.Tables;

/// <summary>Shares one string instance per distinct value of a column. Columns such as unit, category or source_id
/// repeat a handful of values across millions of rows, and wording columns repeat many of theirs; pooling them keeps
/// memory proportional to the distinct values. Lookups take the decoded characters, so a value already pooled
/// allocates nothing. Each value also remembers whether it passed the field's checks, so a repeated valid value is
/// not checked again. A column whose values hardly repeat stops adding to the pool once that is clear, since an entry
/// costs more than the rare repeat saves.</summary>
internal sealed class StringPool
{
    private const int CheckEvery = 4096;
    // Linear probing at most half full finds a value in one or two slots; a longer run means a value is not pooled.
    private const int MaxProbes = 64;
    private static readonly ulong Seed = (ulong)Random.Shared.NextInt64() | 1;

    // The value's hash sits next to it, so a lookup in a large pool touches one slot and, on a hash match, the string.
    private struct Slot
    {
        public string? Value;
        public int Hash;
        public bool PassedChecks;
    }

    private Slot[] _slots = new Slot[64];
    private int _count;
    private int _pendingSlot = -1;   // where the value just looked up and not found would go
    private int _pendingHash;
    private long _lookups;
    private long _hits;
    private bool _adding = true;
    private bool _lookingUp = true;

    /// <summary>The pooled instance equal to <paramref name="chars"/>, if any, and whether it passed the checks.</summary>
    public bool TryGet(ReadOnlySpan<char> chars, out string? value, out bool passedChecks)
    {
        _pendingSlot = -1;
        if (_lookingUp)
        {
            _lookups++;
            int hash = Hash(chars);
            int mask = _slots.Length - 1;
            int i = hash & mask;
            for (int probe = 0; probe <= MaxProbes; probe++)
            {
                ref var slot = ref _slots[i];
                if (slot.Value is null)
                {
                    _pendingSlot = i;
                    _pendingHash = hash;
                    break;
                }
                if (slot.Hash == hash && chars.SequenceEqual(slot.Value))
                {
                    _hits++;
                    value = slot.Value;
                    passedChecks = slot.PassedChecks;
                    return true;
                }
                i = (i + 1) & mask;
            }
        }
        value = null;
        passedChecks = false;
        return false;
    }

    /// <summary>Pools <paramref name="value"/>, which the last <see cref="TryGet"/> did not find.</summary>
    public void Add(string value, bool passedChecks)
    {
        int at = _pendingSlot;
        _pendingSlot = -1;
        if (!_adding || at < 0) return;
        _slots[at] = new Slot { Value = value, Hash = _pendingHash, PassedChecks = passedChecks };
        if (++_count * 2 > _slots.Length) Grow();
        if (_count % CheckEvery == 0 && _hits * 10 < _lookups)
        {
            // Fewer than one lookup in ten finds a value: stop growing; with almost no repeats, stop looking too.
            _adding = false;
            if (_hits * 100 < _lookups) { _lookingUp = false; _slots = []; }
        }
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new Slot[old.Length * 2];
        int mask = _slots.Length - 1;
        foreach (var slot in old)
        {
            if (slot.Value is null) continue;
            int i = slot.Hash & mask;
            while (_slots[i].Value is not null) i = (i + 1) & mask;
            _slots[i] = slot;
        }
    }

    /// <summary>A seeded multiplicative hash, eight bytes at a time.</summary>
    private static int Hash(ReadOnlySpan<char> chars)
    {
        var bytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes(chars);
        ulong h = Seed ^ (ulong)bytes.Length;
        while (bytes.Length >= 8)
        {
            h = (h ^ System.Runtime.InteropServices.MemoryMarshal.Read<ulong>(bytes)) * 0x9E3779B97F4A7C15;
            h ^= h >> 29;
            bytes = bytes[8..];
        }
        if (bytes.Length > 0)
        {
            ulong v = 0;
            foreach (var b in bytes) v = v << 8 | b;
            h = (h ^ v) * 0x9E3779B97F4A7C15;
            h ^= h >> 29;
        }
        h *= 0xC2B2AE3D27D4EB4F;
        return (int)(h ^ (h >> 32));
    }
}

/// <summary>The values of a column that repeats a few values (units, categories, source ids), found straight from
/// their UTF-8 bytes: a hit needs no decoding and no dictionary. A small open-addressed table; a column that keeps
/// bringing new values gives it up (<see cref="Add"/> returns false) and uses the <see cref="StringPool"/> alone.</summary>
internal sealed class RecentValues
{
    private const int Slots = 256;          // a power of two
    private const int Probes = 4;
    private const int MaxInserts = 512;
    private readonly string?[] _values = new string?[Slots];
    private readonly byte[]?[] _utf8 = new byte[]?[Slots];   // only for values that are not ASCII
    private readonly bool[] _passed = new bool[Slots];
    private int _inserts;

    public bool TryGet(ReadOnlySpan<byte> raw, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value, out bool passedChecks)
    {
        int h = Hash(raw);
        for (int i = 0; i < Probes; i++)
        {
            int slot = (h + i) & (Slots - 1);
            var v = _values[slot];
            if (v is null) break;
            if (_utf8[slot] is { } bytes ? raw.SequenceEqual(bytes) : System.Text.Ascii.Equals(raw, v))
            {
                value = v;
                passedChecks = _passed[slot];
                return true;
            }
        }
        value = null;
        passedChecks = false;
        return false;
    }

    public bool Add(ReadOnlySpan<byte> raw, string value, bool passedChecks)
    {
        if (++_inserts > MaxInserts) return false;
        int h = Hash(raw);
        int slot = h & (Slots - 1);
        for (int i = 0; i < Probes; i++)
        {
            int s = (h + i) & (Slots - 1);
            if (_values[s] is null) { slot = s; break; }
        }
        _values[slot] = value;
        _utf8[slot] = System.Text.Ascii.IsValid(raw) ? null : raw.ToArray();
        _passed[slot] = passedChecks;
        return true;
    }

    private static int Hash(ReadOnlySpan<byte> b)
    {
        ulong h = (ulong)b.Length * 0x9E3779B97F4A7C15;
        if (b.Length >= 8)
        {
            h ^= System.Runtime.InteropServices.MemoryMarshal.Read<ulong>(b);
            h *= 0xC2B2AE3D27D4EB4F;
            h ^= System.Runtime.InteropServices.MemoryMarshal.Read<ulong>(b[^8..]);
        }
        else
        {
            ulong v = 0;
            foreach (var x in b) v = v << 8 | x;
            h ^= v;
        }
        h *= 0x9E3779B97F4A7C15;
        return (int)(h >> 40);
    }
}
