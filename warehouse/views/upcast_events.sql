-- Every event as the newest schema version of its type: older payloads are upcast when read, never rewritten.
-- attendance_reported v1 -> v2: v2 always carries `mode` (in_person | virtual | none); v1 events lacked it.
select
    e.* replace (
        case
            when e.event_type = 'attendance_reported' and e.schema_version < 2 then 2
            else e.schema_version
        end as schema_version,
        case
            when e.event_type = 'attendance_reported' and e.schema_version < 2 and (e.payload -> 'mode') is null
                then json_merge_patch(e.payload, json_object(
                    'mode', case when e.payload ->> 'status' = 'absent' then 'none' else 'in_person' end))
            else e.payload
        end as payload
    ),
    e.schema_version as stored_schema_version
from events e
