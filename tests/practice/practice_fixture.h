#pragma once
// A practice in a folder of its own, with the data folder (where backups go by default) inside it.

#include <memory>

#include "app/practice/practice_context.h"
#include "support/environment_override.h"
#include "support/new_client.h"
#include "support/temp_dir.h"

namespace knotwork::testing {

class PracticeFolder {
public:
    PracticeFolder()
        : m_dataHome("XDG_DATA_HOME", (m_dir / "data").string()), m_configHome("XDG_CONFIG_HOME", (m_dir / "config").string())
    {
    }

    std::filesystem::path path(const std::string& name) const { return m_dir / name; }
    std::filesystem::path practiceFile() const { return m_dir / "practice.sqlite"; }

    // The practice, opened by Ana Lima on 23 November 2026 at noon.
    std::unique_ptr<app::PracticeContext> open(const std::string& passphrase = {}) const
    {
        return openFile(practiceFile(), passphrase);
    }
    static std::unique_ptr<app::PracticeContext> openFile(const std::filesystem::path& file,
                                                          const std::string& passphrase = {})
    {
        return std::make_unique<app::PracticeContext>(file, db::OpenMode::CreateIfMissing, "Ana Lima",
                                                      Clock::stoppedOn(Date(2026, 11, 23)), passphrase);
    }
    static void addClients(app::PracticeContext& practice, int count, const std::string& family = "Quennell")
    {
        for (int i = 0; i < count; ++i)
            practice.clientService().saveIntake(newClient(family, "Client " + std::to_string(i)));
    }

private:
    TempDir m_dir;
    EnvironmentOverride m_dataHome;
    EnvironmentOverride m_configHome;  // where plain practices' record keys go
};

} // namespace knotwork::testing
