"""Authority lives in the services, for reads as for writes: every public service function that
touches the database takes the actor, apart from a short reviewed list."""

import importlib
import inspect
import pkgutil

import kinerja_desktop.services as services

# Reviewed: before a login (accounts), the office's own letterhead data, counts for the command
# line, the automatic backups the program itself takes, the audit check and the public check of a
# printed verification code (anyone holding a paper may ask it), and whether a database is a
# province's.
WITHOUT_ACTOR = {
    "accounts.has_users", "accounts.create_first_operator", "accounts.login", "accounts.prepare_login",
    "auto_backup.backup_folder", "auto_backup.auto_backup", "auto_backup.list_backups",
    "info.database_info", "info.has_employees",
    "maintenance.verify_audit",
    "office.get_office", "office.emblem_setting", "office.backup_dir_setting", "office.masukan_min_setting",
    "office.deadline_days_setting",
    "office.is_province",  # which window to open, before anyone logs in
    "printing.trust.verify_code", "printing.trust.verify_statement",
}


def public_functions():
    for module in pkgutil.walk_packages(services.__path__, services.__name__ + "."):
        loaded = importlib.import_module(module.name)
        for name, fn in vars(loaded).items():
            if not name.startswith("_") and inspect.isfunction(fn) and fn.__module__ == loaded.__name__ \
                    and "db" in inspect.signature(fn).parameters:
                yield loaded.__name__.removeprefix(services.__name__ + "."), name, fn


def test_every_service_takes_the_actor_but_the_reviewed_few():
    missing = {f"{module}.{name}" for module, name, fn in public_functions()
               if "actor" not in inspect.signature(fn).parameters}
    assert missing == WITHOUT_ACTOR


def test_reads_refuse_what_a_role_may_not_see(tmp_path):
    import pytest
    from sqlalchemy import select

    from kinerja_desktop.errors import NotAllowed
    from kinerja_desktop.services import accounts, maintenance
    from kinerja_desktop.services.context import Actor, Role, cli_actor
    from kinerja_desktop.services.demo import generate_demo
    from kinerja_desktop.services.employees import get_employee
    from kinerja_desktop.services.evaluation import penilai_choices
    from kinerja_desktop.services.roster import export_roster
    from kinerja_desktop.store.migrate import open_database
    from kinerja_desktop.store.models import Employee

    db = open_database(str(tmp_path / "k.sqlite3"))
    generate_demo(db, cli_actor(), employees=40)
    with db.read() as s:
        boss = s.scalar(select(Employee).where(Employee.jabatan == "Kepala Bidang Pembinaan SD"))
        mine = s.scalar(select(Employee.id).where(Employee.atasan_id == boss.id))
        stranger = s.scalar(select(Employee.id).where(Employee.atasan_id != boss.id, Employee.id != boss.id))
        boss_id = boss.id
    penilai = Actor("kabid", Role.PENILAI, boss_id)
    assert get_employee(db, penilai, mine, year=2026).id == mine
    with pytest.raises(NotAllowed):
        get_employee(db, penilai, stranger, year=2026)
    for forbidden in (lambda: export_roster(db, penilai, tmp_path / "r.csv"),
                      lambda: maintenance.backup(db, penilai, tmp_path / "b.sqlite3"),
                      lambda: penilai_choices(db, penilai),
                      lambda: accounts.list_users(db, penilai)):
        with pytest.raises(NotAllowed):
            forbidden()
    assert not (tmp_path / "r.csv").exists() and not (tmp_path / "b.sqlite3").exists()
    db.close()
