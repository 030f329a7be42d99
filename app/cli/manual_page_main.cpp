// knotwork-cli-manual TEMPLATE OUTPUT: writes knotwork-cli(1) from its template and the command
// line itself, so the manual page lists exactly the commands and options the program has.
// Run at build time, untranslated (the manual page is English).
#include <fstream>
#include <iostream>
#include <sstream>

#include <CLI/App.hpp>

#include "app/cli/cli_app.h"
#include "app/cli/cli_context.h"
#include "app/cli/manual_page.h"

int main(int argc, char** argv)
{
    if (argc != 3) {
        std::cerr << "usage: knotwork-cli-manual TEMPLATE OUTPUT\n";
        return 2;
    }
    std::ifstream page(argv[1]);
    if (!page) {
        std::cerr << "knotwork-cli-manual: cannot read " << argv[1] << '\n';
        return 1;
    }
    std::ostringstream unused;
    knotwork::cli::CliContext context(unused);
    CLI::App app("", "knotwork-cli");
    knotwork::cli::defineCommandLine(app, context);

    std::ofstream out(argv[2], std::ios::binary | std::ios::trunc);
    knotwork::cli::fillManualPage(page, app, out);
    out.close();
    if (!out) {
        std::cerr << "knotwork-cli-manual: cannot write " << argv[2] << '\n';
        return 1;
    }
    return 0;
}
