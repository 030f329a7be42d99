#pragma once

#include "common/notifier.h"

namespace knotwork::ui {

// Notifier for the GUI: a modal message box over the app's top window.
class WxNotifier : public Notifier {
public:
    void showError(const std::string& title, const std::string& message) override;
    void showInformation(const std::string& title, const std::string& message) override;
};

} // namespace knotwork::ui
