from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dag_run_type import DagRunType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dag_details_response_asset_expression_type_0 import DAGDetailsResponseAssetExpressionType0
    from ..models.dag_details_response_default_args_type_0 import DAGDetailsResponseDefaultArgsType0
    from ..models.dag_details_response_owner_links_type_0 import DAGDetailsResponseOwnerLinksType0
    from ..models.dag_details_response_params_type_0 import DAGDetailsResponseParamsType0
    from ..models.dag_tag_response import DagTagResponse
    from ..models.dag_version_response import DagVersionResponse


T = TypeVar("T", bound="DAGDetailsResponse")


@_attrs_define
class DAGDetailsResponse:
    """Specific serializer for Dag Details responses.

    Attributes:
        allowed_run_types (list[DagRunType] | None):
        asset_expression (DAGDetailsResponseAssetExpressionType0 | None):
        bundle_name (None | str):
        bundle_version (None | str):
        catchup (bool):
        concurrency (int): Return max_active_tasks as concurrency.

            Deprecated: Use max_active_tasks instead.
        dag_display_name (str):
        dag_id (str):
        dag_run_timeout (None | str):
        default_args (DAGDetailsResponseDefaultArgsType0 | None):
        description (None | str):
        doc_md (None | str):
        end_date (datetime.datetime | None):
        file_token (str): Return file token.
        fileloc (str):
        has_import_errors (bool):
        has_task_concurrency_limits (bool):
        is_backfillable (bool): Whether this Dag's schedule supports backfilling.
        is_paused (bool):
        is_paused_upon_creation (bool | None):
        is_stale (bool):
        last_expired (datetime.datetime | None):
        last_parse_duration (float | None):
        last_parsed (datetime.datetime | None):
        last_parsed_time (datetime.datetime | None):
        latest_dag_version (DagVersionResponse | None): Return the latest DagVersion.
        max_active_runs (int | None):
        max_active_tasks (int):
        max_consecutive_failed_dag_runs (int):
        next_dagrun_data_interval_end (datetime.datetime | None):
        next_dagrun_data_interval_start (datetime.datetime | None):
        next_dagrun_logical_date (datetime.datetime | None):
        next_dagrun_run_after (datetime.datetime | None):
        owners (list[str]):
        params (DAGDetailsResponseParamsType0 | None):
        relative_fileloc (None | str):
        render_template_as_native_obj (bool):
        start_date (datetime.datetime | None):
        tags (list[DagTagResponse]):
        template_search_path (list[str] | None):
        timetable_description (None | str):
        timetable_partitioned (bool):
        timetable_periodic (bool):
        timetable_summary (None | str):
        timezone (None | str):
        active_runs_count (int | Unset):  Default: 0.
        is_favorite (bool | Unset):  Default: False.
        owner_links (DAGDetailsResponseOwnerLinksType0 | None | Unset):
        rerun_with_latest_version (bool | None | Unset):
    """

    allowed_run_types: list[DagRunType] | None
    asset_expression: DAGDetailsResponseAssetExpressionType0 | None
    bundle_name: None | str
    bundle_version: None | str
    catchup: bool
    concurrency: int
    dag_display_name: str
    dag_id: str
    dag_run_timeout: None | str
    default_args: DAGDetailsResponseDefaultArgsType0 | None
    description: None | str
    doc_md: None | str
    end_date: datetime.datetime | None
    file_token: str
    fileloc: str
    has_import_errors: bool
    has_task_concurrency_limits: bool
    is_backfillable: bool
    is_paused: bool
    is_paused_upon_creation: bool | None
    is_stale: bool
    last_expired: datetime.datetime | None
    last_parse_duration: float | None
    last_parsed: datetime.datetime | None
    last_parsed_time: datetime.datetime | None
    latest_dag_version: DagVersionResponse | None
    max_active_runs: int | None
    max_active_tasks: int
    max_consecutive_failed_dag_runs: int
    next_dagrun_data_interval_end: datetime.datetime | None
    next_dagrun_data_interval_start: datetime.datetime | None
    next_dagrun_logical_date: datetime.datetime | None
    next_dagrun_run_after: datetime.datetime | None
    owners: list[str]
    params: DAGDetailsResponseParamsType0 | None
    relative_fileloc: None | str
    render_template_as_native_obj: bool
    start_date: datetime.datetime | None
    tags: list[DagTagResponse]
    template_search_path: list[str] | None
    timetable_description: None | str
    timetable_partitioned: bool
    timetable_periodic: bool
    timetable_summary: None | str
    timezone: None | str
    active_runs_count: int | Unset = 0
    is_favorite: bool | Unset = False
    owner_links: DAGDetailsResponseOwnerLinksType0 | None | Unset = UNSET
    rerun_with_latest_version: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.dag_details_response_asset_expression_type_0 import DAGDetailsResponseAssetExpressionType0
        from ..models.dag_details_response_default_args_type_0 import DAGDetailsResponseDefaultArgsType0
        from ..models.dag_details_response_owner_links_type_0 import DAGDetailsResponseOwnerLinksType0
        from ..models.dag_details_response_params_type_0 import DAGDetailsResponseParamsType0
        from ..models.dag_version_response import DagVersionResponse

        allowed_run_types: list[str] | None
        if isinstance(self.allowed_run_types, list):
            allowed_run_types = []
            for allowed_run_types_type_0_item_data in self.allowed_run_types:
                allowed_run_types_type_0_item = allowed_run_types_type_0_item_data.value
                allowed_run_types.append(allowed_run_types_type_0_item)

        else:
            allowed_run_types = self.allowed_run_types

        asset_expression: dict[str, Any] | None
        if isinstance(self.asset_expression, DAGDetailsResponseAssetExpressionType0):
            asset_expression = self.asset_expression.to_dict()
        else:
            asset_expression = self.asset_expression

        bundle_name: None | str
        bundle_name = self.bundle_name

        bundle_version: None | str
        bundle_version = self.bundle_version

        catchup = self.catchup

        concurrency = self.concurrency

        dag_display_name = self.dag_display_name

        dag_id = self.dag_id

        dag_run_timeout: None | str
        dag_run_timeout = self.dag_run_timeout

        default_args: dict[str, Any] | None
        if isinstance(self.default_args, DAGDetailsResponseDefaultArgsType0):
            default_args = self.default_args.to_dict()
        else:
            default_args = self.default_args

        description: None | str
        description = self.description

        doc_md: None | str
        doc_md = self.doc_md

        end_date: None | str
        if isinstance(self.end_date, datetime.datetime):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        file_token = self.file_token

        fileloc = self.fileloc

        has_import_errors = self.has_import_errors

        has_task_concurrency_limits = self.has_task_concurrency_limits

        is_backfillable = self.is_backfillable

        is_paused = self.is_paused

        is_paused_upon_creation: bool | None
        is_paused_upon_creation = self.is_paused_upon_creation

        is_stale = self.is_stale

        last_expired: None | str
        if isinstance(self.last_expired, datetime.datetime):
            last_expired = self.last_expired.isoformat()
        else:
            last_expired = self.last_expired

        last_parse_duration: float | None
        last_parse_duration = self.last_parse_duration

        last_parsed: None | str
        if isinstance(self.last_parsed, datetime.datetime):
            last_parsed = self.last_parsed.isoformat()
        else:
            last_parsed = self.last_parsed

        last_parsed_time: None | str
        if isinstance(self.last_parsed_time, datetime.datetime):
            last_parsed_time = self.last_parsed_time.isoformat()
        else:
            last_parsed_time = self.last_parsed_time

        latest_dag_version: dict[str, Any] | None
        if isinstance(self.latest_dag_version, DagVersionResponse):
            latest_dag_version = self.latest_dag_version.to_dict()
        else:
            latest_dag_version = self.latest_dag_version

        max_active_runs: int | None
        max_active_runs = self.max_active_runs

        max_active_tasks = self.max_active_tasks

        max_consecutive_failed_dag_runs = self.max_consecutive_failed_dag_runs

        next_dagrun_data_interval_end: None | str
        if isinstance(self.next_dagrun_data_interval_end, datetime.datetime):
            next_dagrun_data_interval_end = self.next_dagrun_data_interval_end.isoformat()
        else:
            next_dagrun_data_interval_end = self.next_dagrun_data_interval_end

        next_dagrun_data_interval_start: None | str
        if isinstance(self.next_dagrun_data_interval_start, datetime.datetime):
            next_dagrun_data_interval_start = self.next_dagrun_data_interval_start.isoformat()
        else:
            next_dagrun_data_interval_start = self.next_dagrun_data_interval_start

        next_dagrun_logical_date: None | str
        if isinstance(self.next_dagrun_logical_date, datetime.datetime):
            next_dagrun_logical_date = self.next_dagrun_logical_date.isoformat()
        else:
            next_dagrun_logical_date = self.next_dagrun_logical_date

        next_dagrun_run_after: None | str
        if isinstance(self.next_dagrun_run_after, datetime.datetime):
            next_dagrun_run_after = self.next_dagrun_run_after.isoformat()
        else:
            next_dagrun_run_after = self.next_dagrun_run_after

        owners = self.owners

        params: dict[str, Any] | None
        if isinstance(self.params, DAGDetailsResponseParamsType0):
            params = self.params.to_dict()
        else:
            params = self.params

        relative_fileloc: None | str
        relative_fileloc = self.relative_fileloc

        render_template_as_native_obj = self.render_template_as_native_obj

        start_date: None | str
        if isinstance(self.start_date, datetime.datetime):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        tags = []
        for tags_item_data in self.tags:
            tags_item = tags_item_data.to_dict()
            tags.append(tags_item)

        template_search_path: list[str] | None
        if isinstance(self.template_search_path, list):
            template_search_path = self.template_search_path

        else:
            template_search_path = self.template_search_path

        timetable_description: None | str
        timetable_description = self.timetable_description

        timetable_partitioned = self.timetable_partitioned

        timetable_periodic = self.timetable_periodic

        timetable_summary: None | str
        timetable_summary = self.timetable_summary

        timezone: None | str
        timezone = self.timezone

        active_runs_count = self.active_runs_count

        is_favorite = self.is_favorite

        owner_links: dict[str, Any] | None | Unset
        if isinstance(self.owner_links, Unset):
            owner_links = UNSET
        elif isinstance(self.owner_links, DAGDetailsResponseOwnerLinksType0):
            owner_links = self.owner_links.to_dict()
        else:
            owner_links = self.owner_links

        rerun_with_latest_version: bool | None | Unset
        if isinstance(self.rerun_with_latest_version, Unset):
            rerun_with_latest_version = UNSET
        else:
            rerun_with_latest_version = self.rerun_with_latest_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allowed_run_types": allowed_run_types,
                "asset_expression": asset_expression,
                "bundle_name": bundle_name,
                "bundle_version": bundle_version,
                "catchup": catchup,
                "concurrency": concurrency,
                "dag_display_name": dag_display_name,
                "dag_id": dag_id,
                "dag_run_timeout": dag_run_timeout,
                "default_args": default_args,
                "description": description,
                "doc_md": doc_md,
                "end_date": end_date,
                "file_token": file_token,
                "fileloc": fileloc,
                "has_import_errors": has_import_errors,
                "has_task_concurrency_limits": has_task_concurrency_limits,
                "is_backfillable": is_backfillable,
                "is_paused": is_paused,
                "is_paused_upon_creation": is_paused_upon_creation,
                "is_stale": is_stale,
                "last_expired": last_expired,
                "last_parse_duration": last_parse_duration,
                "last_parsed": last_parsed,
                "last_parsed_time": last_parsed_time,
                "latest_dag_version": latest_dag_version,
                "max_active_runs": max_active_runs,
                "max_active_tasks": max_active_tasks,
                "max_consecutive_failed_dag_runs": max_consecutive_failed_dag_runs,
                "next_dagrun_data_interval_end": next_dagrun_data_interval_end,
                "next_dagrun_data_interval_start": next_dagrun_data_interval_start,
                "next_dagrun_logical_date": next_dagrun_logical_date,
                "next_dagrun_run_after": next_dagrun_run_after,
                "owners": owners,
                "params": params,
                "relative_fileloc": relative_fileloc,
                "render_template_as_native_obj": render_template_as_native_obj,
                "start_date": start_date,
                "tags": tags,
                "template_search_path": template_search_path,
                "timetable_description": timetable_description,
                "timetable_partitioned": timetable_partitioned,
                "timetable_periodic": timetable_periodic,
                "timetable_summary": timetable_summary,
                "timezone": timezone,
            }
        )
        if active_runs_count is not UNSET:
            field_dict["active_runs_count"] = active_runs_count
        if is_favorite is not UNSET:
            field_dict["is_favorite"] = is_favorite
        if owner_links is not UNSET:
            field_dict["owner_links"] = owner_links
        if rerun_with_latest_version is not UNSET:
            field_dict["rerun_with_latest_version"] = rerun_with_latest_version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dag_details_response_asset_expression_type_0 import DAGDetailsResponseAssetExpressionType0
        from ..models.dag_details_response_default_args_type_0 import DAGDetailsResponseDefaultArgsType0
        from ..models.dag_details_response_owner_links_type_0 import DAGDetailsResponseOwnerLinksType0
        from ..models.dag_details_response_params_type_0 import DAGDetailsResponseParamsType0
        from ..models.dag_tag_response import DagTagResponse
        from ..models.dag_version_response import DagVersionResponse

        d = dict(src_dict)

        def _parse_allowed_run_types(data: object) -> list[DagRunType] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_run_types_type_0 = []
                _allowed_run_types_type_0 = data
                for allowed_run_types_type_0_item_data in _allowed_run_types_type_0:
                    allowed_run_types_type_0_item = DagRunType(allowed_run_types_type_0_item_data)

                    allowed_run_types_type_0.append(allowed_run_types_type_0_item)

                return allowed_run_types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DagRunType] | None, data)

        allowed_run_types = _parse_allowed_run_types(d.pop("allowed_run_types"))

        def _parse_asset_expression(data: object) -> DAGDetailsResponseAssetExpressionType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                asset_expression_type_0 = DAGDetailsResponseAssetExpressionType0.from_dict(data)

                return asset_expression_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DAGDetailsResponseAssetExpressionType0 | None, data)

        asset_expression = _parse_asset_expression(d.pop("asset_expression"))

        def _parse_bundle_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        bundle_name = _parse_bundle_name(d.pop("bundle_name"))

        def _parse_bundle_version(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        bundle_version = _parse_bundle_version(d.pop("bundle_version"))

        catchup = d.pop("catchup")

        concurrency = d.pop("concurrency")

        dag_display_name = d.pop("dag_display_name")

        dag_id = d.pop("dag_id")

        def _parse_dag_run_timeout(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        dag_run_timeout = _parse_dag_run_timeout(d.pop("dag_run_timeout"))

        def _parse_default_args(data: object) -> DAGDetailsResponseDefaultArgsType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                default_args_type_0 = DAGDetailsResponseDefaultArgsType0.from_dict(data)

                return default_args_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DAGDetailsResponseDefaultArgsType0 | None, data)

        default_args = _parse_default_args(d.pop("default_args"))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        def _parse_doc_md(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        doc_md = _parse_doc_md(d.pop("doc_md"))

        def _parse_end_date(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.datetime.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        end_date = _parse_end_date(d.pop("end_date"))

        file_token = d.pop("file_token")

        fileloc = d.pop("fileloc")

        has_import_errors = d.pop("has_import_errors")

        has_task_concurrency_limits = d.pop("has_task_concurrency_limits")

        is_backfillable = d.pop("is_backfillable")

        is_paused = d.pop("is_paused")

        def _parse_is_paused_upon_creation(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        is_paused_upon_creation = _parse_is_paused_upon_creation(d.pop("is_paused_upon_creation"))

        is_stale = d.pop("is_stale")

        def _parse_last_expired(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_expired_type_0 = datetime.datetime.fromisoformat(data)

                return last_expired_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_expired = _parse_last_expired(d.pop("last_expired"))

        def _parse_last_parse_duration(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        last_parse_duration = _parse_last_parse_duration(d.pop("last_parse_duration"))

        def _parse_last_parsed(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_parsed_type_0 = datetime.datetime.fromisoformat(data)

                return last_parsed_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_parsed = _parse_last_parsed(d.pop("last_parsed"))

        def _parse_last_parsed_time(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_parsed_time_type_0 = datetime.datetime.fromisoformat(data)

                return last_parsed_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_parsed_time = _parse_last_parsed_time(d.pop("last_parsed_time"))

        def _parse_latest_dag_version(data: object) -> DagVersionResponse | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                latest_dag_version_type_0 = DagVersionResponse.from_dict(data)

                return latest_dag_version_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DagVersionResponse | None, data)

        latest_dag_version = _parse_latest_dag_version(d.pop("latest_dag_version"))

        def _parse_max_active_runs(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        max_active_runs = _parse_max_active_runs(d.pop("max_active_runs"))

        max_active_tasks = d.pop("max_active_tasks")

        max_consecutive_failed_dag_runs = d.pop("max_consecutive_failed_dag_runs")

        def _parse_next_dagrun_data_interval_end(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_dagrun_data_interval_end_type_0 = datetime.datetime.fromisoformat(data)

                return next_dagrun_data_interval_end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        next_dagrun_data_interval_end = _parse_next_dagrun_data_interval_end(d.pop("next_dagrun_data_interval_end"))

        def _parse_next_dagrun_data_interval_start(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_dagrun_data_interval_start_type_0 = datetime.datetime.fromisoformat(data)

                return next_dagrun_data_interval_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        next_dagrun_data_interval_start = _parse_next_dagrun_data_interval_start(
            d.pop("next_dagrun_data_interval_start")
        )

        def _parse_next_dagrun_logical_date(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_dagrun_logical_date_type_0 = datetime.datetime.fromisoformat(data)

                return next_dagrun_logical_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        next_dagrun_logical_date = _parse_next_dagrun_logical_date(d.pop("next_dagrun_logical_date"))

        def _parse_next_dagrun_run_after(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_dagrun_run_after_type_0 = datetime.datetime.fromisoformat(data)

                return next_dagrun_run_after_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        next_dagrun_run_after = _parse_next_dagrun_run_after(d.pop("next_dagrun_run_after"))

        owners = cast(list[str], d.pop("owners"))

        def _parse_params(data: object) -> DAGDetailsResponseParamsType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_0 = DAGDetailsResponseParamsType0.from_dict(data)

                return params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DAGDetailsResponseParamsType0 | None, data)

        params = _parse_params(d.pop("params"))

        def _parse_relative_fileloc(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        relative_fileloc = _parse_relative_fileloc(d.pop("relative_fileloc"))

        render_template_as_native_obj = d.pop("render_template_as_native_obj")

        def _parse_start_date(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_date_type_0 = datetime.datetime.fromisoformat(data)

                return start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        start_date = _parse_start_date(d.pop("start_date"))

        tags = []
        _tags = d.pop("tags")
        for tags_item_data in _tags:
            tags_item = DagTagResponse.from_dict(tags_item_data)

            tags.append(tags_item)

        def _parse_template_search_path(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                template_search_path_type_0 = cast(list[str], data)

                return template_search_path_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        template_search_path = _parse_template_search_path(d.pop("template_search_path"))

        def _parse_timetable_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        timetable_description = _parse_timetable_description(d.pop("timetable_description"))

        timetable_partitioned = d.pop("timetable_partitioned")

        timetable_periodic = d.pop("timetable_periodic")

        def _parse_timetable_summary(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        timetable_summary = _parse_timetable_summary(d.pop("timetable_summary"))

        def _parse_timezone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        timezone = _parse_timezone(d.pop("timezone"))

        active_runs_count = d.pop("active_runs_count", UNSET)

        is_favorite = d.pop("is_favorite", UNSET)

        def _parse_owner_links(data: object) -> DAGDetailsResponseOwnerLinksType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                owner_links_type_0 = DAGDetailsResponseOwnerLinksType0.from_dict(data)

                return owner_links_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DAGDetailsResponseOwnerLinksType0 | None | Unset, data)

        owner_links = _parse_owner_links(d.pop("owner_links", UNSET))

        def _parse_rerun_with_latest_version(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        rerun_with_latest_version = _parse_rerun_with_latest_version(d.pop("rerun_with_latest_version", UNSET))

        dag_details_response = cls(
            allowed_run_types=allowed_run_types,
            asset_expression=asset_expression,
            bundle_name=bundle_name,
            bundle_version=bundle_version,
            catchup=catchup,
            concurrency=concurrency,
            dag_display_name=dag_display_name,
            dag_id=dag_id,
            dag_run_timeout=dag_run_timeout,
            default_args=default_args,
            description=description,
            doc_md=doc_md,
            end_date=end_date,
            file_token=file_token,
            fileloc=fileloc,
            has_import_errors=has_import_errors,
            has_task_concurrency_limits=has_task_concurrency_limits,
            is_backfillable=is_backfillable,
            is_paused=is_paused,
            is_paused_upon_creation=is_paused_upon_creation,
            is_stale=is_stale,
            last_expired=last_expired,
            last_parse_duration=last_parse_duration,
            last_parsed=last_parsed,
            last_parsed_time=last_parsed_time,
            latest_dag_version=latest_dag_version,
            max_active_runs=max_active_runs,
            max_active_tasks=max_active_tasks,
            max_consecutive_failed_dag_runs=max_consecutive_failed_dag_runs,
            next_dagrun_data_interval_end=next_dagrun_data_interval_end,
            next_dagrun_data_interval_start=next_dagrun_data_interval_start,
            next_dagrun_logical_date=next_dagrun_logical_date,
            next_dagrun_run_after=next_dagrun_run_after,
            owners=owners,
            params=params,
            relative_fileloc=relative_fileloc,
            render_template_as_native_obj=render_template_as_native_obj,
            start_date=start_date,
            tags=tags,
            template_search_path=template_search_path,
            timetable_description=timetable_description,
            timetable_partitioned=timetable_partitioned,
            timetable_periodic=timetable_periodic,
            timetable_summary=timetable_summary,
            timezone=timezone,
            active_runs_count=active_runs_count,
            is_favorite=is_favorite,
            owner_links=owner_links,
            rerun_with_latest_version=rerun_with_latest_version,
        )

        dag_details_response.additional_properties = d
        return dag_details_response

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
