#include <clocale>
#include <iostream>

#include "app/cli/cli_app.h"
#include "common/i18n.h"

int main(int argc, char** argv)
{
    std::setlocale(LC_ALL, "");
    knotwork::initTranslations();
    return knotwork::cli::runCli(argc, argv, std::cout, std::cerr);
}
