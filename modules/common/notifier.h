#pragma once

#include <string>

namespace knotwork {

// Tells the person at the screen something they must know now. Front ends install their own at
// start-up (a message box in the GUI); tests install one that records what was said.
class Notifier {
public:
    virtual ~Notifier() = default;
    virtual void showError(const std::string& title, const std::string& message) = 0;
    virtual void showInformation(const std::string& title, const std::string& message) = 0;
};

} // namespace knotwork
