#pragma once
// The practice's therapist, Maya Lindqvist, RMT: who signs notes and enters measures in tests.

#include "clients/client_service.h"

namespace knotwork::testing {

inline void setTherapist(clients::ClientService& service)
{
    clients::PracticeSettings settings = service.settings();
    settings.therapistName = "Maya Lindqvist";
    settings.credentials = "RMT";
    service.saveSettings(settings, std::nullopt);
}

} // namespace knotwork::testing
