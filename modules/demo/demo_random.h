#pragma once

#include <cstdint>
#include <iterator>

namespace knotwork::demo {

// A small, fully specified generator (SplitMix64): the same seed gives the same numbers on every
// compiler and library, which std::uniform_int_distribution does not promise.
class DemoRandom {
public:
    explicit DemoRandom(std::uint64_t seed) : m_state(seed) {}

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    // 0 … count-1
    int below(int count) { return static_cast<int>(next() % static_cast<std::uint64_t>(count)); }
    // low … high, both included
    int between(int low, int high) { return low + below(high - low + 1); }
    bool percent(int chance) { return below(100) < chance; }

    // One element of an array, span or vector.
    template <typename Range>
    const auto& pick(const Range& items)
    {
        return items[static_cast<std::size_t>(below(static_cast<int>(std::size(items))))];
    }

private:
    std::uint64_t m_state;
};

} // namespace knotwork::demo
