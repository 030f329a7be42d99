#include "dialog_answerer.h"

#include <wx/dialog.h>

namespace knotwork::gui::testing {

DialogAnswerer::DialogAnswerer()
{
    m_look.Bind(wxEVT_TIMER, [this](wxTimerEvent&) { lookForDialogs(); });
    m_look.Start(50);
}

DialogAnswerer::~DialogAnswerer()
{
    m_look.Stop();
}

void DialogAnswerer::answer(const wxString& name, std::function<void(wxDialog&)> answer)
{
    m_answers[name] = std::move(answer);
}

int DialogAnswerer::answered(const wxString& name) const
{
    const auto found = m_answered.find(name);
    return found == m_answered.end() ? 0 : found->second;
}

void DialogAnswerer::lookForDialogs()
{
    if (m_answering)
        return;  // an answer runs a dialog of its own, or the answered one's events
    for (wxWindow* window : wxTopLevelWindows) {
        auto* dialog = dynamic_cast<wxDialog*>(window);
        if (!dialog || !dialog->IsModal() || !dialog->IsShown())
            continue;
        const auto found = m_answers.find(dialog->GetName());
        if (found == m_answers.end())
            continue;
        const std::function<void(wxDialog&)> answer = std::move(found->second);
        m_answers.erase(found);
        ++m_answered[dialog->GetName()];
        m_answering = true;
        answer(*dialog);
        m_answering = false;
        return;
    }
}

} // namespace knotwork::gui::testing
