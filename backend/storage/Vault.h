#pragma once
#include "ApplicationRepository.h"
#include "CatalogRepository.h"
#include "CheckInRepository.h"
#include "ChecklistRepository.h"
#include "ContactRepository.h"
#include "FeedbackRepository.h"
#include "GoalRepository.h"
#include "InsightsRepository.h"
#include "InterviewRepository.h"
#include "JournalRepository.h"
#include "RejectionFlowRepository.h"
#include "ReminderMarkRepository.h"
#include "ReminderRepository.h"
#include "ReviewRepository.h"
#include "Store.h"
#include "SyncRepository.h"
#include "VaultHeader.h"
#include "core/Error.h"

#include <memory>

namespace rebound {

// An unlocked vault: folder = vault.json (header) + rebound.db (SQLCipher).
// Destroying the object locks it: the database closes and the key is wiped.
class Vault {
public:
    static inline const QString kHeaderFile = QStringLiteral("vault.json");
    static inline const QString kDatabaseFile = QStringLiteral("rebound.db");
    static inline const QString kBackupFolder = QStringLiteral("backups");
    static inline const QString kLockFile = QStringLiteral("vault.lock");

    // The platform's app data folder: shared by the app and rebound-cli.
    static QString defaultDirectory();
    static bool exists(const QString &dir);
    static VaultHeader readHeader(const QString &dir);

    static std::unique_ptr<Vault> create(const QString &dir, const SecureBytes &passphrase,
                                         const KdfParams &kdf = KdfParams::recommended(),
                                         const Clock &clock = systemClock());
    static std::unique_ptr<Vault> unlock(const QString &dir, const SecureBytes &passphrase,
                                         const Clock &clock = systemClock());
    // For "remember on this device": the database key from the OS keystore.
    static std::unique_ptr<Vault> unlockWithKey(const QString &dir, SecureBytes databaseKey,
                                                const Clock &clock = systemClock());
    // Re-wraps the database key under a new passphrase (with a new salt) and
    // replaces the header atomically. The database itself is not touched.
    static void changePassphrase(const QString &dir, const SecureBytes &current, const SecureBytes &next,
                                 const KdfParams &kdf = KdfParams::recommended());

    ~Vault();

    const QString &dir() const { return m_dir; }
    const VaultHeader &header() const { return m_header; }
    const SecureBytes &databaseKey() const { return m_key; }
    Store &store() { return *m_store; }
    JournalRepository &journal() { return *m_journal; }
    CheckInRepository &checkIns() { return *m_checkIns; }
    CatalogRepository &catalog() { return *m_catalog; }
    ApplicationRepository &applications() { return *m_applications; }
    InterviewRepository &interviews() { return *m_interviews; }
    FeedbackRepository &feedback() { return *m_feedback; }
    ReminderRepository &reminders() { return *m_reminders; }
    RejectionFlowRepository &rejectionFlows() { return *m_rejectionFlows; }
    GoalRepository &goals() { return *m_goals; }
    ChecklistRepository &checklists() { return *m_checklists; }
    ReviewRepository &reviews() { return *m_reviews; }
    ContactRepository &contacts() { return *m_contacts; }
    ReminderMarkRepository &reminderMarks() { return *m_reminderMarks; }
    InsightsRepository &insights() { return *m_insights; }
    SyncRepository &sync() { return *m_sync; }

    static const Clock &systemClock();

private:
    Vault(QString dir, VaultHeader header, SecureBytes key, const Clock &clock);
    static SecureBytes unwrapKey(const VaultHeader &header, const SecureBytes &passphrase);
    static void setAsideOrphanedDatabase(const QString &dir);

    QString m_dir;
    VaultHeader m_header;
    SecureBytes m_key;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<JournalRepository> m_journal;
    std::unique_ptr<CheckInRepository> m_checkIns;
    std::unique_ptr<CatalogRepository> m_catalog;
    std::unique_ptr<ApplicationRepository> m_applications;
    std::unique_ptr<InterviewRepository> m_interviews;
    std::unique_ptr<FeedbackRepository> m_feedback;
    std::unique_ptr<ReminderRepository> m_reminders;
    std::unique_ptr<RejectionFlowRepository> m_rejectionFlows;
    std::unique_ptr<GoalRepository> m_goals;
    std::unique_ptr<ChecklistRepository> m_checklists;
    std::unique_ptr<ReviewRepository> m_reviews;
    std::unique_ptr<ContactRepository> m_contacts;
    std::unique_ptr<ReminderMarkRepository> m_reminderMarks;
    std::unique_ptr<InsightsRepository> m_insights;
    std::unique_ptr<SyncRepository> m_sync;
};

} // namespace rebound
