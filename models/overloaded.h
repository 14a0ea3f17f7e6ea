#pragma once

namespace sdrs {

/// Picks the overload of a set of lambdas for each alternative of a std::variant in std::visit.
template<class... F> struct Overloaded : F...
{
    using F::operator()...;
};

} // namespace sdrs
