#pragma once

#include <optional>

#include "clients/attachment.h"
#include "clients/practice_settings.h"

namespace knotwork::clients {

class SettingsStore {
public:
    virtual ~SettingsStore() = default;

    // Defaults (empty, A4) when nothing was saved yet.
    virtual PracticeSettings load() = 0;
    // Stores `newLogo` and `newSignature` when given and points the settings at them.
    // ConflictError on a stale rowVersion.
    virtual void save(const PracticeSettings& settings, const std::optional<Attachment>& newLogo,
                      const std::optional<Attachment>& newSignature) = 0;
};

} // namespace knotwork::clients
