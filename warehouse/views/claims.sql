-- Every claim event of every extractor version, upcast, with its payload fields common to all claims, ready to fold.
select
    e.event_id,
    e.position,
    e.event_type,
    e.stream_id,
    e.article_id,
    coalesce(e.payload ->> 'story_id', e.article_id) as story_id,
    e.published,
    coalesce(e.published, strftime(e.recorded_at, '%Y-%m-%d')) as reported,
    e.valid_time,
    e.recorded_at,
    e.producer,
    e.rule,
    e.sentence,
    e.span_start,
    e.span_end,
    e.confidence,
    e.payload ->> 'url' as url,
    e.payload ->> 'source' as source,
    e.payload,
    e.schema_version,
    e.stored_schema_version
from upcast_events e
where e.event_type in ('summit_reported', 'membership_reported', 'attendance_reported',
                       'bilateral_meeting_reported', 'death_reported', 'office_change_reported')
