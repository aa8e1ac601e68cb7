#pragma once
#include "ApplicationController.h"
#include "ApplicationListModel.h"
#include "CalendarController.h"
#include "CatalogController.h"
#include "ContactController.h"
#include "ContactListModel.h"
#include "ChecklistController.h"
#include "DataController.h"
#include "JournalModel.h"
#include "JournalSearchModel.h"
#include "PeopleController.h"
#include "RemindersController.h"
#include "GoalsController.h"
#include "InsightsController.h"
#include "RejectionFlowController.h"
#include "ReviewController.h"
#include "SettingsController.h"
#include "SkillsPlanController.h"
#include "SyncController.h"
#include "TodayController.h"
#include "VaultController.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace rebound {

// Handed to Main.qml as its one required property: everything the UI may use,
// wired by the composition root (no context properties, no global singletons).
class AppContext : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the application")
    Q_PROPERTY(rebound::VaultController *vault READ vault CONSTANT)
    Q_PROPERTY(rebound::JournalModel *journal READ journal CONSTANT)
    Q_PROPERTY(rebound::SettingsController *settings READ settings CONSTANT)
    Q_PROPERTY(rebound::TodayController *today READ today CONSTANT)
    Q_PROPERTY(rebound::CatalogController *catalog READ catalog CONSTANT)
    Q_PROPERTY(rebound::JournalSearchModel *search READ search CONSTANT)
    Q_PROPERTY(rebound::CalendarController *calendar READ calendar CONSTANT)
    Q_PROPERTY(rebound::ApplicationListModel *applications READ applications CONSTANT)
    Q_PROPERTY(rebound::ApplicationController *application READ application CONSTANT)
    Q_PROPERTY(rebound::RejectionFlowController *rejection READ rejection CONSTANT)
    Q_PROPERTY(rebound::SkillsPlanController *skills READ skills CONSTANT)
    Q_PROPERTY(rebound::GoalsController *goals READ goals CONSTANT)
    Q_PROPERTY(rebound::ChecklistController *checklists READ checklists CONSTANT)
    Q_PROPERTY(rebound::ReviewController *reviews READ reviews CONSTANT)
    Q_PROPERTY(rebound::ContactListModel *contacts READ contacts CONSTANT)
    Q_PROPERTY(rebound::ContactController *contact READ contact CONSTANT)
    Q_PROPERTY(rebound::PeopleController *people READ people CONSTANT)
    Q_PROPERTY(rebound::RemindersController *reminders READ reminders CONSTANT)
    Q_PROPERTY(rebound::InsightsController *insights READ insights CONSTANT)
    Q_PROPERTY(rebound::SyncController *sync READ sync CONSTANT)
    Q_PROPERTY(rebound::DataController *data READ data CONSTANT)
    Q_PROPERTY(QString version READ version CONSTANT)
    Q_PROPERTY(QString platformName READ platformName CONSTANT)
    Q_PROPERTY(bool mobile READ mobile CONSTANT)
    // Qt 6.4 has no colour-scheme hint; we read the platform palette instead.
    Q_PROPERTY(bool systemPrefersDark READ systemPrefersDark CONSTANT)
    // The system's text size against the usual one (1 = usual; from 1 to 2).
    Q_PROPERTY(qreal fontScale READ fontScale CONSTANT)

public:
    struct Parts {
        VaultController *vault;
        JournalModel *journal;
        SettingsController *settings;
        TodayController *today;
        CatalogController *catalog;
        JournalSearchModel *search;
        CalendarController *calendar;
        ApplicationListModel *applications;
        ApplicationController *application;
        RejectionFlowController *rejection;
        SkillsPlanController *skills;
        GoalsController *goals;
        ChecklistController *checklists;
        ReviewController *reviews;
        ContactListModel *contacts;
        ContactController *contact;
        PeopleController *people;
        RemindersController *reminders;
        InsightsController *insights;
        SyncController *sync;
        DataController *data;
    };
    AppContext(const Parts &parts, QString platformName, bool mobile, QObject *parent = nullptr);

    VaultController *vault() const { return m_parts.vault; }
    JournalModel *journal() const { return m_parts.journal; }
    SettingsController *settings() const { return m_parts.settings; }
    TodayController *today() const { return m_parts.today; }
    CatalogController *catalog() const { return m_parts.catalog; }
    JournalSearchModel *search() const { return m_parts.search; }
    CalendarController *calendar() const { return m_parts.calendar; }
    ApplicationListModel *applications() const { return m_parts.applications; }
    ApplicationController *application() const { return m_parts.application; }
    RejectionFlowController *rejection() const { return m_parts.rejection; }
    SkillsPlanController *skills() const { return m_parts.skills; }
    GoalsController *goals() const { return m_parts.goals; }
    ChecklistController *checklists() const { return m_parts.checklists; }
    ReviewController *reviews() const { return m_parts.reviews; }
    ContactListModel *contacts() const { return m_parts.contacts; }
    ContactController *contact() const { return m_parts.contact; }
    PeopleController *people() const { return m_parts.people; }
    RemindersController *reminders() const { return m_parts.reminders; }
    InsightsController *insights() const { return m_parts.insights; }
    SyncController *sync() const { return m_parts.sync; }
    DataController *data() const { return m_parts.data; }
    QString version() const;
    QString platformName() const { return m_platformName; }
    bool mobile() const { return m_mobile; }
    bool systemPrefersDark() const;
    qreal fontScale() const;

private:
    Parts m_parts;
    QString m_platformName;
    bool m_mobile;
};

} // namespace rebound
