from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.trigger_rule import TriggerRule
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.class_reference import ClassReference
    from ..models.dag import DAG
    from ..models.task_extra_links_item import TaskExtraLinksItem
    from ..models.time_delta_type_0 import TimeDeltaType0


T = TypeVar("T", bound="Task")


@_attrs_define
class Task:
    """For details see:
    [airflow.models.baseoperator.BaseOperator](https://airflow.apache.org/docs/apache-
    airflow/stable/_api/airflow/models/baseoperator/index.html#airflow.models.baseoperator.BaseOperator)

        Attributes:
            class_ref (ClassReference | Unset): Class reference
            depends_on_past (bool | Unset):
            doc_md (None | str | Unset): Task documentation in markdown.

                *New in version 2.10.0*
            downstream_task_ids (list[str] | Unset):
            end_date (datetime.datetime | None | Unset):
            execution_timeout (None | TimeDeltaType0 | Unset): Time delta
            executor (None | str | Unset):
            extra_links (list[TaskExtraLinksItem] | Unset):
            is_mapped (bool | Unset):
            owner (str | Unset):
            pool (str | Unset):
            pool_slots (float | Unset):
            priority_weight (float | Unset):
            queue (None | str | Unset):
            retries (float | Unset):
            retry_delay (None | TimeDeltaType0 | Unset): Time delta
            retry_exponential_backoff (bool | Unset):
            start_date (datetime.datetime | None | Unset):
            sub_dag (DAG | Unset): DAG
            task_display_name (str | Unset):
            task_id (str | Unset):
            template_fields (list[str] | Unset):
            trigger_rule (TriggerRule | Unset): Trigger rule.

                *Changed in version 2.2.0*&#58; 'none_failed_min_one_success' is added as a possible value. Deprecated 'dummy'
                and 'always' is added as a possible value

                *Changed in version 2.3.0*&#58; 'all_skipped' is added as a possible value.

                *Changed in version 2.5.0*&#58; 'one_done' is added as a possible value.

                *Changed in version 2.7.0*&#58; 'all_done_setup_success' is added as a possible value.
            ui_color (str | Unset): Color in hexadecimal notation.
            ui_fgcolor (str | Unset): Color in hexadecimal notation.
            wait_for_downstream (bool | Unset):
            weight_rule (str | Unset): Weight rule. One of 'downstream', 'upstream', 'absolute', or the path of the custom
                priority weight strategy class.
    """

    class_ref: ClassReference | Unset = UNSET
    depends_on_past: bool | Unset = UNSET
    doc_md: None | str | Unset = UNSET
    downstream_task_ids: list[str] | Unset = UNSET
    end_date: datetime.datetime | None | Unset = UNSET
    execution_timeout: None | TimeDeltaType0 | Unset = UNSET
    executor: None | str | Unset = UNSET
    extra_links: list[TaskExtraLinksItem] | Unset = UNSET
    is_mapped: bool | Unset = UNSET
    owner: str | Unset = UNSET
    pool: str | Unset = UNSET
    pool_slots: float | Unset = UNSET
    priority_weight: float | Unset = UNSET
    queue: None | str | Unset = UNSET
    retries: float | Unset = UNSET
    retry_delay: None | TimeDeltaType0 | Unset = UNSET
    retry_exponential_backoff: bool | Unset = UNSET
    start_date: datetime.datetime | None | Unset = UNSET
    sub_dag: DAG | Unset = UNSET
    task_display_name: str | Unset = UNSET
    task_id: str | Unset = UNSET
    template_fields: list[str] | Unset = UNSET
    trigger_rule: TriggerRule | Unset = UNSET
    ui_color: str | Unset = UNSET
    ui_fgcolor: str | Unset = UNSET
    wait_for_downstream: bool | Unset = UNSET
    weight_rule: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.time_delta_type_0 import TimeDeltaType0

        class_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.class_ref, Unset):
            class_ref = self.class_ref.to_dict()

        depends_on_past = self.depends_on_past

        doc_md: None | str | Unset
        if isinstance(self.doc_md, Unset):
            doc_md = UNSET
        else:
            doc_md = self.doc_md

        downstream_task_ids: list[str] | Unset = UNSET
        if not isinstance(self.downstream_task_ids, Unset):
            downstream_task_ids = self.downstream_task_ids

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.datetime):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        execution_timeout: dict[str, Any] | None | Unset
        if isinstance(self.execution_timeout, Unset):
            execution_timeout = UNSET
        elif isinstance(self.execution_timeout, TimeDeltaType0):
            execution_timeout = self.execution_timeout.to_dict()
        else:
            execution_timeout = self.execution_timeout

        executor: None | str | Unset
        if isinstance(self.executor, Unset):
            executor = UNSET
        else:
            executor = self.executor

        extra_links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.extra_links, Unset):
            extra_links = []
            for extra_links_item_data in self.extra_links:
                extra_links_item = extra_links_item_data.to_dict()
                extra_links.append(extra_links_item)

        is_mapped = self.is_mapped

        owner = self.owner

        pool = self.pool

        pool_slots = self.pool_slots

        priority_weight = self.priority_weight

        queue: None | str | Unset
        if isinstance(self.queue, Unset):
            queue = UNSET
        else:
            queue = self.queue

        retries = self.retries

        retry_delay: dict[str, Any] | None | Unset
        if isinstance(self.retry_delay, Unset):
            retry_delay = UNSET
        elif isinstance(self.retry_delay, TimeDeltaType0):
            retry_delay = self.retry_delay.to_dict()
        else:
            retry_delay = self.retry_delay

        retry_exponential_backoff = self.retry_exponential_backoff

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.datetime):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        sub_dag: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sub_dag, Unset):
            sub_dag = self.sub_dag.to_dict()

        task_display_name = self.task_display_name

        task_id = self.task_id

        template_fields: list[str] | Unset = UNSET
        if not isinstance(self.template_fields, Unset):
            template_fields = self.template_fields

        trigger_rule: str | Unset = UNSET
        if not isinstance(self.trigger_rule, Unset):
            trigger_rule = self.trigger_rule.value

        ui_color = self.ui_color

        ui_fgcolor = self.ui_fgcolor

        wait_for_downstream = self.wait_for_downstream

        weight_rule = self.weight_rule

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if class_ref is not UNSET:
            field_dict["class_ref"] = class_ref
        if depends_on_past is not UNSET:
            field_dict["depends_on_past"] = depends_on_past
        if doc_md is not UNSET:
            field_dict["doc_md"] = doc_md
        if downstream_task_ids is not UNSET:
            field_dict["downstream_task_ids"] = downstream_task_ids
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if execution_timeout is not UNSET:
            field_dict["execution_timeout"] = execution_timeout
        if executor is not UNSET:
            field_dict["executor"] = executor
        if extra_links is not UNSET:
            field_dict["extra_links"] = extra_links
        if is_mapped is not UNSET:
            field_dict["is_mapped"] = is_mapped
        if owner is not UNSET:
            field_dict["owner"] = owner
        if pool is not UNSET:
            field_dict["pool"] = pool
        if pool_slots is not UNSET:
            field_dict["pool_slots"] = pool_slots
        if priority_weight is not UNSET:
            field_dict["priority_weight"] = priority_weight
        if queue is not UNSET:
            field_dict["queue"] = queue
        if retries is not UNSET:
            field_dict["retries"] = retries
        if retry_delay is not UNSET:
            field_dict["retry_delay"] = retry_delay
        if retry_exponential_backoff is not UNSET:
            field_dict["retry_exponential_backoff"] = retry_exponential_backoff
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if sub_dag is not UNSET:
            field_dict["sub_dag"] = sub_dag
        if task_display_name is not UNSET:
            field_dict["task_display_name"] = task_display_name
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if template_fields is not UNSET:
            field_dict["template_fields"] = template_fields
        if trigger_rule is not UNSET:
            field_dict["trigger_rule"] = trigger_rule
        if ui_color is not UNSET:
            field_dict["ui_color"] = ui_color
        if ui_fgcolor is not UNSET:
            field_dict["ui_fgcolor"] = ui_fgcolor
        if wait_for_downstream is not UNSET:
            field_dict["wait_for_downstream"] = wait_for_downstream
        if weight_rule is not UNSET:
            field_dict["weight_rule"] = weight_rule

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.class_reference import ClassReference
        from ..models.dag import DAG
        from ..models.task_extra_links_item import TaskExtraLinksItem
        from ..models.time_delta_type_0 import TimeDeltaType0

        d = dict(src_dict)
        _class_ref = d.pop("class_ref", UNSET)
        class_ref: ClassReference | Unset
        if isinstance(_class_ref, Unset):
            class_ref = UNSET
        else:
            class_ref = ClassReference.from_dict(_class_ref)

        depends_on_past = d.pop("depends_on_past", UNSET)

        def _parse_doc_md(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        doc_md = _parse_doc_md(d.pop("doc_md", UNSET))

        downstream_task_ids = cast(list[str], d.pop("downstream_task_ids", UNSET))

        def _parse_end_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.datetime.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        end_date = _parse_end_date(d.pop("end_date", UNSET))

        def _parse_execution_timeout(data: object) -> None | TimeDeltaType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_time_delta_type_0 = TimeDeltaType0.from_dict(data)

                return componentsschemas_time_delta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TimeDeltaType0 | Unset, data)

        execution_timeout = _parse_execution_timeout(d.pop("execution_timeout", UNSET))

        def _parse_executor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        executor = _parse_executor(d.pop("executor", UNSET))

        _extra_links = d.pop("extra_links", UNSET)
        extra_links: list[TaskExtraLinksItem] | Unset = UNSET
        if _extra_links is not UNSET:
            extra_links = []
            for extra_links_item_data in _extra_links:
                extra_links_item = TaskExtraLinksItem.from_dict(extra_links_item_data)

                extra_links.append(extra_links_item)

        is_mapped = d.pop("is_mapped", UNSET)

        owner = d.pop("owner", UNSET)

        pool = d.pop("pool", UNSET)

        pool_slots = d.pop("pool_slots", UNSET)

        priority_weight = d.pop("priority_weight", UNSET)

        def _parse_queue(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        queue = _parse_queue(d.pop("queue", UNSET))

        retries = d.pop("retries", UNSET)

        def _parse_retry_delay(data: object) -> None | TimeDeltaType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_time_delta_type_0 = TimeDeltaType0.from_dict(data)

                return componentsschemas_time_delta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TimeDeltaType0 | Unset, data)

        retry_delay = _parse_retry_delay(d.pop("retry_delay", UNSET))

        retry_exponential_backoff = d.pop("retry_exponential_backoff", UNSET)

        def _parse_start_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_date_type_0 = datetime.datetime.fromisoformat(data)

                return start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        start_date = _parse_start_date(d.pop("start_date", UNSET))

        _sub_dag = d.pop("sub_dag", UNSET)
        sub_dag: DAG | Unset
        if isinstance(_sub_dag, Unset):
            sub_dag = UNSET
        else:
            sub_dag = DAG.from_dict(_sub_dag)

        task_display_name = d.pop("task_display_name", UNSET)

        task_id = d.pop("task_id", UNSET)

        template_fields = cast(list[str], d.pop("template_fields", UNSET))

        _trigger_rule = d.pop("trigger_rule", UNSET)
        trigger_rule: TriggerRule | Unset
        if isinstance(_trigger_rule, Unset):
            trigger_rule = UNSET
        else:
            trigger_rule = TriggerRule(_trigger_rule)

        ui_color = d.pop("ui_color", UNSET)

        ui_fgcolor = d.pop("ui_fgcolor", UNSET)

        wait_for_downstream = d.pop("wait_for_downstream", UNSET)

        weight_rule = d.pop("weight_rule", UNSET)

        task = cls(
            class_ref=class_ref,
            depends_on_past=depends_on_past,
            doc_md=doc_md,
            downstream_task_ids=downstream_task_ids,
            end_date=end_date,
            execution_timeout=execution_timeout,
            executor=executor,
            extra_links=extra_links,
            is_mapped=is_mapped,
            owner=owner,
            pool=pool,
            pool_slots=pool_slots,
            priority_weight=priority_weight,
            queue=queue,
            retries=retries,
            retry_delay=retry_delay,
            retry_exponential_backoff=retry_exponential_backoff,
            start_date=start_date,
            sub_dag=sub_dag,
            task_display_name=task_display_name,
            task_id=task_id,
            template_fields=template_fields,
            trigger_rule=trigger_rule,
            ui_color=ui_color,
            ui_fgcolor=ui_fgcolor,
            wait_for_downstream=wait_for_downstream,
            weight_rule=weight_rule,
        )

        task.additional_properties = d
        return task

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
