import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 16: a disabled officer's task that named it goes to its B post or its department's queue, so a task's
 * department and candidates can change while it is open (`task.address`). `tongban_write_task_addresses` writes
 * them, called beside `tongban_write_batch` in the batch's one statement (the batch function is left unchanged).
 */
export class TaskAddresses1767226040000 implements MigrationInterface {
  name = 'TaskAddresses1767226040000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION tongban_write_task_addresses(batch jsonb) RETURNS void
      LANGUAGE plpgsql AS $$
      BEGIN
        IF batch ? 'taskAddresses' THEN
          UPDATE task t SET department = x.department, candidate_roles = x.candidate_roles,
                 candidate_users = x.candidate_users
          FROM jsonb_to_recordset(batch->'taskAddresses') AS x(id text, department text, candidate_roles text[],
                 candidate_users text[])
          WHERE t.id = x.id;
        END IF;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION tongban_write_task_addresses(jsonb)`);
  }
}
