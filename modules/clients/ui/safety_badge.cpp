#include "clients/ui/safety_badge.h"

#include "common/ui/wx_date.h"
#include "common/ui/wx_text.h"

namespace knotwork::clients::ui {

using knotwork::ui::formatDate;

BadgeStyle badgeStyle(SafetyStatus status, const std::optional<Date>& clearedUntil)
{
    // Each pair keeps a contrast of at least 4.5:1 (WCAG AA for small text).
    switch (status) {
    case SafetyStatus::Clear:
        return {};
    case SafetyStatus::ReferBeforeTreatment:
        return {_("Refer"), wxColour(0xB4, 0x23, 0x18), *wxWHITE};
    case SafetyStatus::ClearanceRequired:
        return {_("Clearance needed"), wxColour(0xF5, 0xB0, 0x41), wxColour(0x3A, 0x26, 0x00)};
    case SafetyStatus::Cleared:
        return {clearedUntil ? wxString::Format(_("Cleared until %s"), formatDate(*clearedUntil))
                             : wxString(_("Cleared")),
                wxColour(0x1E, 0x6E, 0x3A), *wxWHITE};
    }
    return {};
}

SafetyBadge::SafetyBadge(wxWindow* parent, const wxString& name) : Badge(parent, name)
{
}

void SafetyBadge::setAssessment(const SafetyAssessment& assessment)
{
    setStyle(badgeStyle(assessment.status, assessment.clearedUntil),
             knotwork::ui::toWx(statusExplanation(assessment)));
}

} // namespace knotwork::clients::ui
