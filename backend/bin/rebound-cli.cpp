// rebound-cli: everything lives in the backend library (cli/Cli.cpp).
#include "cli/Cli.h"

int main(int argc, char *argv[]) {
    return rebound::cli::main(argc, argv);
}
