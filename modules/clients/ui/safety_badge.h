#pragma once

#include <optional>

#include "clients/screening.h"
#include "clients/ui/badge.h"

namespace knotwork::clients::ui {

// The badge of a safety status: red "Refer", amber "Clearance needed", green "Cleared until
// <date>"; no badge for Clear. Shared by the badge widget and the list's cells.
BadgeStyle badgeStyle(SafetyStatus status, const std::optional<Date>& clearedUntil);

// A client's safety status wherever the client appears; its tooltip explains the assessment.
// Hidden when Clear.
class SafetyBadge : public Badge {
public:
    explicit SafetyBadge(wxWindow* parent, const wxString& name = "safety-badge");
    void setAssessment(const SafetyAssessment& assessment);
};

} // namespace knotwork::clients::ui
