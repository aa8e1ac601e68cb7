#include "Logging.h"

Q_LOGGING_CATEGORY(lcVault, "rebound.vault", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "rebound.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeystore, "rebound.keystore", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "rebound.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "rebound.cli", QtInfoMsg)
Q_LOGGING_CATEGORY(lcReminders, "rebound.reminders", QtInfoMsg)
Q_LOGGING_CATEGORY(lcInsights, "rebound.insights", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "rebound.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNetwork, "rebound.network", QtInfoMsg)
Q_LOGGING_CATEGORY(lcExport, "rebound.export", QtInfoMsg)
