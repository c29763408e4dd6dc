import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The service center's schema. Every center-owned row carries center_id (tenancy, and the future shard key).
 * instance_event is append-only: a trigger refuses UPDATE and DELETE.
 */
export class ServiceCenter1767225660000 implements MigrationInterface {
  name = 'ServiceCenter1767225660000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE department (
        center_id  text NOT NULL REFERENCES center(id),
        code       text NOT NULL,
        name       text NOT NULL,
        PRIMARY KEY (center_id, code)
      )`);
    await q.query(`
      CREATE TABLE app_user (
        id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        center_id      text NOT NULL REFERENCES center(id),
        username       text NOT NULL UNIQUE,
        name           text NOT NULL,
        password_hash  text NOT NULL,
        roles          text[] NOT NULL,
        department     text,
        chief_representative boolean NOT NULL DEFAULT false,
        demo           boolean NOT NULL DEFAULT false,
        created_at     timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE ab_pair (
        center_id   text NOT NULL REFERENCES center(id),
        a_username  text NOT NULL REFERENCES app_user(username),
        b_username  text NOT NULL REFERENCES app_user(username),
        PRIMARY KEY (a_username),
        UNIQUE (b_username)
      )`);
    await q.query(`
      CREATE TABLE absence (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        center_id   text NOT NULL REFERENCES center(id),
        username    text NOT NULL REFERENCES app_user(username),
        from_at     timestamptz NOT NULL,
        to_at       timestamptz NOT NULL CHECK (to_at > from_at),
        created_by  text NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX absence_user_idx ON absence(username, from_at, to_at)`);
    await q.query(`
      CREATE TABLE flow_definition (
        key           text NOT NULL,
        version       integer NOT NULL,
        status        text NOT NULL CHECK (status IN ('draft', 'published', 'retired')),
        name          text NOT NULL,
        definition    jsonb NOT NULL,
        checksum      text NOT NULL,
        created_by    text,
        created_at    timestamptz NOT NULL DEFAULT now(),
        published_at  timestamptz,
        PRIMARY KEY (key, version)
      )`);
    await q.query(`
      CREATE TABLE catalog_item (
        code              text PRIMARY KEY,
        center_id         text NOT NULL REFERENCES center(id),
        name              text NOT NULL,
        department        text NOT NULL,
        legal_basis       text NOT NULL,
        materials         jsonb NOT NULL,
        flow_key          text NOT NULL,
        statutory_days    integer NOT NULL CHECK (statutory_days >= 0),
        promised_days     integer NOT NULL CHECK (promised_days >= 0 AND promised_days <= statutory_days),
        fees              text NOT NULL DEFAULT '不收费',
        window_authority  text NOT NULL DEFAULT '',
        created_at        timestamptz NOT NULL DEFAULT now(),
        updated_at        timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX catalog_item_center_idx ON catalog_item(center_id)`);
    await q.query(`
      CREATE TABLE application (
        id                     uuid PRIMARY KEY,
        center_id              text NOT NULL REFERENCES center(id),
        receipt_no             text NOT NULL UNIQUE,
        item_code              text NOT NULL REFERENCES catalog_item(code),
        flow_key               text NOT NULL,
        flow_version           integer NOT NULL,
        applicant              text NOT NULL,
        channel                text NOT NULL,
        data                   jsonb NOT NULL,
        materials              jsonb NOT NULL,
        status                 text NOT NULL,
        first_inquiry_officer  text,
        accepted_at            timestamptz,
        deadline               timestamptz,
        clock_paused           boolean NOT NULL DEFAULT false,
        completed_at           timestamptz,
        created_at             timestamptz NOT NULL,
        updated_at             timestamptz NOT NULL,
        FOREIGN KEY (flow_key, flow_version) REFERENCES flow_definition(key, version)
      )`);
    await q.query(`CREATE INDEX application_applicant_idx ON application(applicant, created_at DESC)`);
    await q.query(`CREATE INDEX application_center_status_idx ON application(center_id, status)`);
    await q.query(`
      CREATE TABLE process_instance (
        application_id  uuid PRIMARY KEY REFERENCES application(id),
        center_id       text NOT NULL,
        flow_key        text NOT NULL,
        flow_version    integer NOT NULL,
        snapshot        jsonb NOT NULL,
        version         integer NOT NULL,
        updated_at      timestamptz NOT NULL
      )`);
    await q.query(`
      CREATE TABLE instance_event (
        id               bigserial PRIMARY KEY,
        center_id        text NOT NULL,
        application_id   uuid NOT NULL REFERENCES application(id),
        instance_version integer NOT NULL,
        at               timestamptz NOT NULL,
        recorded_at      timestamptz NOT NULL DEFAULT now(),
        actor            text NOT NULL,
        on_behalf_of     text,
        command          text NOT NULL,
        node_id          text,
        from_status      text,
        to_status        text NOT NULL,
        payload          jsonb NOT NULL DEFAULT '{}',
        UNIQUE (application_id, instance_version)
      )`);
    await q.query(`
      CREATE FUNCTION instance_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'instance_event is append-only';
      END $$`);
    await q.query(`
      CREATE TRIGGER instance_event_no_change BEFORE UPDATE OR DELETE ON instance_event
      FOR EACH ROW EXECUTE FUNCTION instance_event_append_only()`);
    await q.query(`
      CREATE TABLE idempotency_record (
        actor           text NOT NULL,
        key             text NOT NULL,
        request_hash    text NOT NULL,
        status_code     integer NOT NULL,
        response        jsonb NOT NULL,
        created_at      timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (actor, key)
      )`);
    await q.query(`
      CREATE TABLE task (
        id               text PRIMARY KEY,
        center_id        text NOT NULL,
        application_id   uuid NOT NULL REFERENCES application(id),
        node_id          text NOT NULL,
        node_name        text,
        department       text,
        candidate_roles  text[] NOT NULL DEFAULT '{}',
        candidate_users  text[] NOT NULL DEFAULT '{}',
        status           text NOT NULL CHECK (status IN ('open', 'closed')),
        created_at       timestamptz NOT NULL,
        deadline         timestamptz,
        closed_at        timestamptz,
        close_reason     text,
        completed_by     text,
        on_behalf_of     text,
        decision         text,
        comment          text
      )`);
    await q.query(`CREATE INDEX task_open_department_idx ON task(center_id, department) WHERE status = 'open'`);
    await q.query(`CREATE INDEX task_application_idx ON task(application_id)`);
    await q.query(`
      CREATE TABLE timer (
        id              text PRIMARY KEY,
        center_id       text NOT NULL,
        application_id  uuid NOT NULL REFERENCES application(id),
        node_id         text,
        purpose         text NOT NULL,
        due_at          timestamptz NOT NULL,
        status          text NOT NULL CHECK (status IN ('pending', 'fired', 'cancelled')),
        created_at      timestamptz NOT NULL,
        fired_at        timestamptz
      )`);
    await q.query(`CREATE INDEX timer_due_idx ON timer(due_at) WHERE status = 'pending'`);
    await q.query(`
      CREATE TABLE accountability_entry (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        center_id       text NOT NULL,
        application_id  uuid REFERENCES application(id),
        kind            text NOT NULL,
        department      text,
        officer         text,
        node_id         text,
        note            text NOT NULL DEFAULT '',
        at              timestamptz NOT NULL,
        owner           text,
        due_date        date,
        closed_at       timestamptz,
        closed_by       text,
        close_note      text
      )`);
    await q.query(`CREATE INDEX accountability_center_idx ON accountability_entry(center_id, at DESC)`);
    await q.query(`
      CREATE TABLE calendar_override (
        center_id  text NOT NULL REFERENCES center(id),
        date       date NOT NULL,
        workday    boolean NOT NULL,
        note       text NOT NULL DEFAULT '',
        PRIMARY KEY (center_id, date)
      )`);
    await q.query(`
      CREATE TABLE manual_clock (
        id   smallint PRIMARY KEY CHECK (id = 1),
        now  timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'manual_clock',
      'calendar_override',
      'accountability_entry',
      'timer',
      'task',
      'idempotency_record',
      'instance_event',
      'process_instance',
      'application',
      'catalog_item',
      'flow_definition',
      'absence',
      'ab_pair',
      'app_user',
      'department',
    ])
      await q.query(`DROP TABLE ${table}`);
    await q.query(`DROP FUNCTION instance_event_append_only`);
  }
}
