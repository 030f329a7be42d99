#include "sessions/soap_note.h"

#include <algorithm>

namespace knotwork::sessions {

const PalpationFinding* Objective::finding(const MuscleSite& site) const
{
    auto found = std::find_if(palpation.begin(), palpation.end(),
                              [&](const PalpationFinding& f) { return f.site == site; });
    return found == palpation.end() ? nullptr : &*found;
}

} // namespace knotwork::sessions
