#pragma once

// Order statistics every benchmark prints.
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace sdrs::bench {

inline double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/// The value below which a share `p` (0..1) of the samples lie (nearest rank).
inline double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[size_t(p * double(v.size() - 1))];
}

/// Milliseconds since `clock` was (re)started, with fractions.
inline double msSince(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

/// One line: the median, the 90th percentile and the maximum of `ms`.
inline void report(const char *what, const std::vector<double> &ms)
{
    std::printf("%-52s median %7.2f ms   p90 %7.2f ms   max %7.2f ms   (n=%zu)\n", what, median(ms),
                percentile(ms, 0.9), *std::max_element(ms.begin(), ms.end()), ms.size());
}

} // namespace sdrs::bench
