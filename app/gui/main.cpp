#include <iostream>
#include <wx/app.h>

#include "app/gui/knotwork_app.h"
#include "app/gui/startup_checks.h"

int main(int argc, char** argv)
{
    if (const auto exitCode = knotwork::gui::answerWithoutWindow(argc, argv, std::cout, std::cerr))
        return *exitCode;
    wxApp::SetInstance(new knotwork::gui::KnotworkApp);
    return wxEntry(argc, argv);
}
