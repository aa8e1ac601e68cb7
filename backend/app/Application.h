#pragma once

namespace rebound {

// The composition root of the GUI app: parses the command line, builds the
// services, injects them into QML and runs the event loop (or the screenshot mode).
int runApplication(int argc, char *argv[]);

} // namespace rebound
