#pragma once

#include <string>

#include "schedule/appointment.h"

namespace knotwork::schedule {

// What a visit is booked as. The kinds are fixed (reports and billing read them); names,
// lengths, buffers and fees are the practice's settings.
enum class ServiceKind {
    InitialAssessment,  // the first visit: intake, screening, assessment and treatment
    Treatment,          // a treatment visit of the plan
    FollowUp,           // a short check of progress
};

struct Service {
    ServiceId id = 0;
    ServiceKind kind = ServiceKind::Treatment;
    std::string name;          // "Treatment, 60 min"
    int minutes = 60;          // 5–480
    int bufferMinutes = 15;    // 0–120: turnover after it
    long long feeCents = 0;    // the default fee in the practice's currency's minor units
    bool offered = true;       // a service no longer offered stays on the visits booked with it
    bool taxable = true;       // the practice's sales tax is charged on it (massage is not HST-exempt)
    std::string cptCode = "97124";  // the US superbill's procedure code: 97124 massage, 97140 manual therapy

    int rowVersion = 0;

    friend bool operator==(const Service&, const Service&) = default;
};

} // namespace knotwork::schedule
