"""Contains all the data models used in inputs/outputs.

Models are imported lazily (PEP 562) on first attribute access, so importing one endpoint
module loads only the models it uses; type checkers see every name through TYPE_CHECKING.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .app_builder_menu_item_response import AppBuilderMenuItemResponse
    from .app_builder_view_response import AppBuilderViewResponse
    from .asset_alias_collection_response import AssetAliasCollectionResponse
    from .asset_alias_response import AssetAliasResponse
    from .asset_collection_response import AssetCollectionResponse
    from .asset_event_access_control import AssetEventAccessControl
    from .asset_event_collection_response import AssetEventCollectionResponse
    from .asset_event_response import AssetEventResponse
    from .asset_event_response_extra_type_0 import AssetEventResponseExtraType0
    from .asset_response import AssetResponse
    from .asset_response_extra_type_0 import AssetResponseExtraType0
    from .asset_state_store_body import AssetStateStoreBody
    from .asset_state_store_collection_response import AssetStateStoreCollectionResponse
    from .asset_state_store_last_updated_by import AssetStateStoreLastUpdatedBy
    from .asset_state_store_response import AssetStateStoreResponse
    from .asset_state_store_writer_kind import AssetStateStoreWriterKind
    from .asset_watcher_response import AssetWatcherResponse
    from .async_connection_test_response import AsyncConnectionTestResponse
    from .backfill_collection_response import BackfillCollectionResponse
    from .backfill_post_body import BackfillPostBody
    from .backfill_post_body_dag_run_conf_type_0 import BackfillPostBodyDagRunConfType0
    from .backfill_response import BackfillResponse
    from .backfill_response_dag_run_conf_type_0 import BackfillResponseDagRunConfType0
    from .base_info_response import BaseInfoResponse
    from .bulk_action_not_on_existence import BulkActionNotOnExistence
    from .bulk_action_on_existence import BulkActionOnExistence
    from .bulk_action_response import BulkActionResponse
    from .bulk_action_response_errors_item import BulkActionResponseErrorsItem
    from .bulk_body_bulk_dag_run_body import BulkBodyBulkDAGRunBody
    from .bulk_body_bulk_task_instance_body import BulkBodyBulkTaskInstanceBody
    from .bulk_body_connection_body import BulkBodyConnectionBody
    from .bulk_body_pool_body import BulkBodyPoolBody
    from .bulk_body_variable_body import BulkBodyVariableBody
    from .bulk_create_action_bulk_dag_run_body import BulkCreateActionBulkDAGRunBody
    from .bulk_create_action_bulk_task_instance_body import BulkCreateActionBulkTaskInstanceBody
    from .bulk_create_action_connection_body import BulkCreateActionConnectionBody
    from .bulk_create_action_pool_body import BulkCreateActionPoolBody
    from .bulk_create_action_variable_body import BulkCreateActionVariableBody
    from .bulk_dag_run_body import BulkDAGRunBody
    from .bulk_dag_run_clear_body import BulkDAGRunClearBody
    from .bulk_delete_action_bulk_dag_run_body import BulkDeleteActionBulkDAGRunBody
    from .bulk_delete_action_bulk_task_instance_body import BulkDeleteActionBulkTaskInstanceBody
    from .bulk_delete_action_connection_body import BulkDeleteActionConnectionBody
    from .bulk_delete_action_pool_body import BulkDeleteActionPoolBody
    from .bulk_delete_action_variable_body import BulkDeleteActionVariableBody
    from .bulk_response import BulkResponse
    from .bulk_task_instance_body import BulkTaskInstanceBody
    from .bulk_update_action_bulk_dag_run_body import BulkUpdateActionBulkDAGRunBody
    from .bulk_update_action_bulk_task_instance_body import BulkUpdateActionBulkTaskInstanceBody
    from .bulk_update_action_connection_body import BulkUpdateActionConnectionBody
    from .bulk_update_action_pool_body import BulkUpdateActionPoolBody
    from .bulk_update_action_variable_body import BulkUpdateActionVariableBody
    from .clear_partitions_body import ClearPartitionsBody
    from .clear_partitions_response import ClearPartitionsResponse
    from .clear_task_instance_collection_response import ClearTaskInstanceCollectionResponse
    from .clear_task_instances_body import ClearTaskInstancesBody
    from .config import Config
    from .config_option import ConfigOption
    from .config_section import ConfigSection
    from .connection_body import ConnectionBody
    from .connection_collection_response import ConnectionCollectionResponse
    from .connection_response import ConnectionResponse
    from .connection_test_queued_response import ConnectionTestQueuedResponse
    from .connection_test_request_body import ConnectionTestRequestBody
    from .connection_test_response import ConnectionTestResponse
    from .create_asset_events_body import CreateAssetEventsBody
    from .create_asset_events_body_extra import CreateAssetEventsBodyExtra
    from .create_token_content_type import CreateTokenContentType
    from .dag_collection_response import DAGCollectionResponse
    from .dag_details_response import DAGDetailsResponse
    from .dag_details_response_asset_expression_type_0 import DAGDetailsResponseAssetExpressionType0
    from .dag_details_response_default_args_type_0 import DAGDetailsResponseDefaultArgsType0
    from .dag_details_response_owner_links_type_0 import DAGDetailsResponseOwnerLinksType0
    from .dag_details_response_params_type_0 import DAGDetailsResponseParamsType0
    from .dag_patch_body import DAGPatchBody
    from .dag_processor_info_response import DagProcessorInfoResponse
    from .dag_response import DAGResponse
    from .dag_run_asset_reference import DagRunAssetReference
    from .dag_run_clear_body import DAGRunClearBody
    from .dag_run_collection_response import DAGRunCollectionResponse
    from .dag_run_mutable_states import DagRunMutableStates
    from .dag_run_patch_body import DAGRunPatchBody
    from .dag_run_response import DAGRunResponse
    from .dag_run_response_conf_type_0 import DAGRunResponseConfType0
    from .dag_run_state import DagRunState
    from .dag_run_triggered_by_type import DagRunTriggeredByType
    from .dag_run_type import DagRunType
    from .dag_runs_batch_body import DAGRunsBatchBody
    from .dag_schedule_asset_reference import DagScheduleAssetReference
    from .dag_source_response import DAGSourceResponse
    from .dag_stats_collection_response import DagStatsCollectionResponse
    from .dag_stats_response import DagStatsResponse
    from .dag_stats_state_response import DagStatsStateResponse
    from .dag_tag_collection_response import DAGTagCollectionResponse
    from .dag_tag_response import DagTagResponse
    from .dag_version_collection_response import DAGVersionCollectionResponse
    from .dag_version_response import DagVersionResponse
    from .dag_warning_collection_response import DAGWarningCollectionResponse
    from .dag_warning_response import DAGWarningResponse
    from .dag_warning_type import DagWarningType
    from .dry_run_backfill_collection_response import DryRunBackfillCollectionResponse
    from .dry_run_backfill_response import DryRunBackfillResponse
    from .event_log_collection_response import EventLogCollectionResponse
    from .event_log_response import EventLogResponse
    from .external_log_url_response import ExternalLogUrlResponse
    from .external_view_response import ExternalViewResponse
    from .external_view_response_destination import ExternalViewResponseDestination
    from .extra_link_collection_response import ExtraLinkCollectionResponse
    from .extra_link_collection_response_extra_links import ExtraLinkCollectionResponseExtraLinks
    from .fast_api_app_response import FastAPIAppResponse
    from .fast_api_root_middleware_response import FastAPIRootMiddlewareResponse
    from .get_config_accept import GetConfigAccept
    from .get_config_value_accept import GetConfigValueAccept
    from .get_dag_source_accept import GetDagSourceAccept
    from .get_dags_tags_match_mode_type_0 import GetDagsTagsMatchModeType0
    from .get_log_accept import GetLogAccept
    from .health_info_response import HealthInfoResponse
    from .hitl_detail import HITLDetail
    from .hitl_detail_collection import HITLDetailCollection
    from .hitl_detail_history import HITLDetailHistory
    from .hitl_detail_history_params import HITLDetailHistoryParams
    from .hitl_detail_history_params_input import HITLDetailHistoryParamsInput
    from .hitl_detail_params import HITLDetailParams
    from .hitl_detail_params_input import HITLDetailParamsInput
    from .hitl_detail_response import HITLDetailResponse
    from .hitl_detail_response_params_input import HITLDetailResponseParamsInput
    from .hitl_user import HITLUser
    from .http_exception_response import HTTPExceptionResponse
    from .http_exception_response_detail_type_1 import HTTPExceptionResponseDetailType1
    from .http_validation_error import HTTPValidationError
    from .import_error_collection_response import ImportErrorCollectionResponse
    from .import_error_response import ImportErrorResponse
    from .job_collection_response import JobCollectionResponse
    from .job_response import JobResponse
    from .last_asset_event_response import LastAssetEventResponse
    from .login_body import LoginBody
    from .login_response import LoginResponse
    from .materialize_asset_body import MaterializeAssetBody
    from .materialize_asset_body_conf_type_0 import MaterializeAssetBodyConfType0
    from .new_task_response import NewTaskResponse
    from .patch_dags_tags_match_mode_type_0 import PatchDagsTagsMatchModeType0
    from .patch_task_instance_body import PatchTaskInstanceBody
    from .plugin_collection_response import PluginCollectionResponse
    from .plugin_import_error_collection_response import PluginImportErrorCollectionResponse
    from .plugin_import_error_response import PluginImportErrorResponse
    from .plugin_response import PluginResponse
    from .pool_body import PoolBody
    from .pool_collection_response import PoolCollectionResponse
    from .pool_patch_body import PoolPatchBody
    from .pool_response import PoolResponse
    from .provider_collection_response import ProviderCollectionResponse
    from .provider_response import ProviderResponse
    from .queued_event_collection_response import QueuedEventCollectionResponse
    from .queued_event_response import QueuedEventResponse
    from .react_app_response import ReactAppResponse
    from .react_app_response_destination import ReactAppResponseDestination
    from .reprocess_behavior import ReprocessBehavior
    from .scheduler_info_response import SchedulerInfoResponse
    from .structured_log_message import StructuredLogMessage
    from .task_collection_response import TaskCollectionResponse
    from .task_dependency_collection_response import TaskDependencyCollectionResponse
    from .task_dependency_response import TaskDependencyResponse
    from .task_inlet_asset_reference import TaskInletAssetReference
    from .task_instance_collection_response import TaskInstanceCollectionResponse
    from .task_instance_history_collection_response import TaskInstanceHistoryCollectionResponse
    from .task_instance_history_response import TaskInstanceHistoryResponse
    from .task_instance_response import TaskInstanceResponse
    from .task_instance_response_rendered_fields import TaskInstanceResponseRenderedFields
    from .task_instance_state import TaskInstanceState
    from .task_instances_batch_body import TaskInstancesBatchBody
    from .task_instances_log_response import TaskInstancesLogResponse
    from .task_outlet_asset_reference import TaskOutletAssetReference
    from .task_response import TaskResponse
    from .task_response_class_ref_type_0 import TaskResponseClassRefType0
    from .task_response_params_type_0 import TaskResponseParamsType0
    from .task_state_store_body import TaskStateStoreBody
    from .task_state_store_collection_response import TaskStateStoreCollectionResponse
    from .task_state_store_patch_body import TaskStateStorePatchBody
    from .task_state_store_response import TaskStateStoreResponse
    from .time_delta import TimeDelta
    from .trigger_dag_run_post_body import TriggerDAGRunPostBody
    from .trigger_dag_run_post_body_conf_type_0 import TriggerDAGRunPostBodyConfType0
    from .trigger_response import TriggerResponse
    from .triggerer_info_response import TriggererInfoResponse
    from .update_hitl_detail_payload import UpdateHITLDetailPayload
    from .update_hitl_detail_payload_params_input import UpdateHITLDetailPayloadParamsInput
    from .validation_error import ValidationError
    from .validation_error_context import ValidationErrorContext
    from .variable_body import VariableBody
    from .variable_collection_response import VariableCollectionResponse
    from .variable_response import VariableResponse
    from .version_info import VersionInfo
    from .x_com_collection_response import XComCollectionResponse
    from .x_com_create_body import XComCreateBody
    from .x_com_response import XComResponse
    from .x_com_response_native import XComResponseNative
    from .x_com_response_string import XComResponseString
    from .x_com_update_body import XComUpdateBody

_MODULES: dict[str, str] = {
    "AppBuilderMenuItemResponse": ".app_builder_menu_item_response",
    "AppBuilderViewResponse": ".app_builder_view_response",
    "AssetAliasCollectionResponse": ".asset_alias_collection_response",
    "AssetAliasResponse": ".asset_alias_response",
    "AssetCollectionResponse": ".asset_collection_response",
    "AssetEventAccessControl": ".asset_event_access_control",
    "AssetEventCollectionResponse": ".asset_event_collection_response",
    "AssetEventResponse": ".asset_event_response",
    "AssetEventResponseExtraType0": ".asset_event_response_extra_type_0",
    "AssetResponse": ".asset_response",
    "AssetResponseExtraType0": ".asset_response_extra_type_0",
    "AssetStateStoreBody": ".asset_state_store_body",
    "AssetStateStoreCollectionResponse": ".asset_state_store_collection_response",
    "AssetStateStoreLastUpdatedBy": ".asset_state_store_last_updated_by",
    "AssetStateStoreResponse": ".asset_state_store_response",
    "AssetStateStoreWriterKind": ".asset_state_store_writer_kind",
    "AssetWatcherResponse": ".asset_watcher_response",
    "AsyncConnectionTestResponse": ".async_connection_test_response",
    "BackfillCollectionResponse": ".backfill_collection_response",
    "BackfillPostBody": ".backfill_post_body",
    "BackfillPostBodyDagRunConfType0": ".backfill_post_body_dag_run_conf_type_0",
    "BackfillResponse": ".backfill_response",
    "BackfillResponseDagRunConfType0": ".backfill_response_dag_run_conf_type_0",
    "BaseInfoResponse": ".base_info_response",
    "BulkActionNotOnExistence": ".bulk_action_not_on_existence",
    "BulkActionOnExistence": ".bulk_action_on_existence",
    "BulkActionResponse": ".bulk_action_response",
    "BulkActionResponseErrorsItem": ".bulk_action_response_errors_item",
    "BulkBodyBulkDAGRunBody": ".bulk_body_bulk_dag_run_body",
    "BulkBodyBulkTaskInstanceBody": ".bulk_body_bulk_task_instance_body",
    "BulkBodyConnectionBody": ".bulk_body_connection_body",
    "BulkBodyPoolBody": ".bulk_body_pool_body",
    "BulkBodyVariableBody": ".bulk_body_variable_body",
    "BulkCreateActionBulkDAGRunBody": ".bulk_create_action_bulk_dag_run_body",
    "BulkCreateActionBulkTaskInstanceBody": ".bulk_create_action_bulk_task_instance_body",
    "BulkCreateActionConnectionBody": ".bulk_create_action_connection_body",
    "BulkCreateActionPoolBody": ".bulk_create_action_pool_body",
    "BulkCreateActionVariableBody": ".bulk_create_action_variable_body",
    "BulkDAGRunBody": ".bulk_dag_run_body",
    "BulkDAGRunClearBody": ".bulk_dag_run_clear_body",
    "BulkDeleteActionBulkDAGRunBody": ".bulk_delete_action_bulk_dag_run_body",
    "BulkDeleteActionBulkTaskInstanceBody": ".bulk_delete_action_bulk_task_instance_body",
    "BulkDeleteActionConnectionBody": ".bulk_delete_action_connection_body",
    "BulkDeleteActionPoolBody": ".bulk_delete_action_pool_body",
    "BulkDeleteActionVariableBody": ".bulk_delete_action_variable_body",
    "BulkResponse": ".bulk_response",
    "BulkTaskInstanceBody": ".bulk_task_instance_body",
    "BulkUpdateActionBulkDAGRunBody": ".bulk_update_action_bulk_dag_run_body",
    "BulkUpdateActionBulkTaskInstanceBody": ".bulk_update_action_bulk_task_instance_body",
    "BulkUpdateActionConnectionBody": ".bulk_update_action_connection_body",
    "BulkUpdateActionPoolBody": ".bulk_update_action_pool_body",
    "BulkUpdateActionVariableBody": ".bulk_update_action_variable_body",
    "ClearPartitionsBody": ".clear_partitions_body",
    "ClearPartitionsResponse": ".clear_partitions_response",
    "ClearTaskInstanceCollectionResponse": ".clear_task_instance_collection_response",
    "ClearTaskInstancesBody": ".clear_task_instances_body",
    "Config": ".config",
    "ConfigOption": ".config_option",
    "ConfigSection": ".config_section",
    "ConnectionBody": ".connection_body",
    "ConnectionCollectionResponse": ".connection_collection_response",
    "ConnectionResponse": ".connection_response",
    "ConnectionTestQueuedResponse": ".connection_test_queued_response",
    "ConnectionTestRequestBody": ".connection_test_request_body",
    "ConnectionTestResponse": ".connection_test_response",
    "CreateAssetEventsBody": ".create_asset_events_body",
    "CreateAssetEventsBodyExtra": ".create_asset_events_body_extra",
    "CreateTokenContentType": ".create_token_content_type",
    "DAGCollectionResponse": ".dag_collection_response",
    "DAGDetailsResponse": ".dag_details_response",
    "DAGDetailsResponseAssetExpressionType0": ".dag_details_response_asset_expression_type_0",
    "DAGDetailsResponseDefaultArgsType0": ".dag_details_response_default_args_type_0",
    "DAGDetailsResponseOwnerLinksType0": ".dag_details_response_owner_links_type_0",
    "DAGDetailsResponseParamsType0": ".dag_details_response_params_type_0",
    "DAGPatchBody": ".dag_patch_body",
    "DagProcessorInfoResponse": ".dag_processor_info_response",
    "DAGResponse": ".dag_response",
    "DagRunAssetReference": ".dag_run_asset_reference",
    "DAGRunClearBody": ".dag_run_clear_body",
    "DAGRunCollectionResponse": ".dag_run_collection_response",
    "DagRunMutableStates": ".dag_run_mutable_states",
    "DAGRunPatchBody": ".dag_run_patch_body",
    "DAGRunResponse": ".dag_run_response",
    "DAGRunResponseConfType0": ".dag_run_response_conf_type_0",
    "DagRunState": ".dag_run_state",
    "DagRunTriggeredByType": ".dag_run_triggered_by_type",
    "DagRunType": ".dag_run_type",
    "DAGRunsBatchBody": ".dag_runs_batch_body",
    "DagScheduleAssetReference": ".dag_schedule_asset_reference",
    "DAGSourceResponse": ".dag_source_response",
    "DagStatsCollectionResponse": ".dag_stats_collection_response",
    "DagStatsResponse": ".dag_stats_response",
    "DagStatsStateResponse": ".dag_stats_state_response",
    "DAGTagCollectionResponse": ".dag_tag_collection_response",
    "DagTagResponse": ".dag_tag_response",
    "DAGVersionCollectionResponse": ".dag_version_collection_response",
    "DagVersionResponse": ".dag_version_response",
    "DAGWarningCollectionResponse": ".dag_warning_collection_response",
    "DAGWarningResponse": ".dag_warning_response",
    "DagWarningType": ".dag_warning_type",
    "DryRunBackfillCollectionResponse": ".dry_run_backfill_collection_response",
    "DryRunBackfillResponse": ".dry_run_backfill_response",
    "EventLogCollectionResponse": ".event_log_collection_response",
    "EventLogResponse": ".event_log_response",
    "ExternalLogUrlResponse": ".external_log_url_response",
    "ExternalViewResponse": ".external_view_response",
    "ExternalViewResponseDestination": ".external_view_response_destination",
    "ExtraLinkCollectionResponse": ".extra_link_collection_response",
    "ExtraLinkCollectionResponseExtraLinks": ".extra_link_collection_response_extra_links",
    "FastAPIAppResponse": ".fast_api_app_response",
    "FastAPIRootMiddlewareResponse": ".fast_api_root_middleware_response",
    "GetConfigAccept": ".get_config_accept",
    "GetConfigValueAccept": ".get_config_value_accept",
    "GetDagSourceAccept": ".get_dag_source_accept",
    "GetDagsTagsMatchModeType0": ".get_dags_tags_match_mode_type_0",
    "GetLogAccept": ".get_log_accept",
    "HealthInfoResponse": ".health_info_response",
    "HITLDetail": ".hitl_detail",
    "HITLDetailCollection": ".hitl_detail_collection",
    "HITLDetailHistory": ".hitl_detail_history",
    "HITLDetailHistoryParams": ".hitl_detail_history_params",
    "HITLDetailHistoryParamsInput": ".hitl_detail_history_params_input",
    "HITLDetailParams": ".hitl_detail_params",
    "HITLDetailParamsInput": ".hitl_detail_params_input",
    "HITLDetailResponse": ".hitl_detail_response",
    "HITLDetailResponseParamsInput": ".hitl_detail_response_params_input",
    "HITLUser": ".hitl_user",
    "HTTPExceptionResponse": ".http_exception_response",
    "HTTPExceptionResponseDetailType1": ".http_exception_response_detail_type_1",
    "HTTPValidationError": ".http_validation_error",
    "ImportErrorCollectionResponse": ".import_error_collection_response",
    "ImportErrorResponse": ".import_error_response",
    "JobCollectionResponse": ".job_collection_response",
    "JobResponse": ".job_response",
    "LastAssetEventResponse": ".last_asset_event_response",
    "LoginBody": ".login_body",
    "LoginResponse": ".login_response",
    "MaterializeAssetBody": ".materialize_asset_body",
    "MaterializeAssetBodyConfType0": ".materialize_asset_body_conf_type_0",
    "NewTaskResponse": ".new_task_response",
    "PatchDagsTagsMatchModeType0": ".patch_dags_tags_match_mode_type_0",
    "PatchTaskInstanceBody": ".patch_task_instance_body",
    "PluginCollectionResponse": ".plugin_collection_response",
    "PluginImportErrorCollectionResponse": ".plugin_import_error_collection_response",
    "PluginImportErrorResponse": ".plugin_import_error_response",
    "PluginResponse": ".plugin_response",
    "PoolBody": ".pool_body",
    "PoolCollectionResponse": ".pool_collection_response",
    "PoolPatchBody": ".pool_patch_body",
    "PoolResponse": ".pool_response",
    "ProviderCollectionResponse": ".provider_collection_response",
    "ProviderResponse": ".provider_response",
    "QueuedEventCollectionResponse": ".queued_event_collection_response",
    "QueuedEventResponse": ".queued_event_response",
    "ReactAppResponse": ".react_app_response",
    "ReactAppResponseDestination": ".react_app_response_destination",
    "ReprocessBehavior": ".reprocess_behavior",
    "SchedulerInfoResponse": ".scheduler_info_response",
    "StructuredLogMessage": ".structured_log_message",
    "TaskCollectionResponse": ".task_collection_response",
    "TaskDependencyCollectionResponse": ".task_dependency_collection_response",
    "TaskDependencyResponse": ".task_dependency_response",
    "TaskInletAssetReference": ".task_inlet_asset_reference",
    "TaskInstanceCollectionResponse": ".task_instance_collection_response",
    "TaskInstanceHistoryCollectionResponse": ".task_instance_history_collection_response",
    "TaskInstanceHistoryResponse": ".task_instance_history_response",
    "TaskInstanceResponse": ".task_instance_response",
    "TaskInstanceResponseRenderedFields": ".task_instance_response_rendered_fields",
    "TaskInstanceState": ".task_instance_state",
    "TaskInstancesBatchBody": ".task_instances_batch_body",
    "TaskInstancesLogResponse": ".task_instances_log_response",
    "TaskOutletAssetReference": ".task_outlet_asset_reference",
    "TaskResponse": ".task_response",
    "TaskResponseClassRefType0": ".task_response_class_ref_type_0",
    "TaskResponseParamsType0": ".task_response_params_type_0",
    "TaskStateStoreBody": ".task_state_store_body",
    "TaskStateStoreCollectionResponse": ".task_state_store_collection_response",
    "TaskStateStorePatchBody": ".task_state_store_patch_body",
    "TaskStateStoreResponse": ".task_state_store_response",
    "TimeDelta": ".time_delta",
    "TriggerDAGRunPostBody": ".trigger_dag_run_post_body",
    "TriggerDAGRunPostBodyConfType0": ".trigger_dag_run_post_body_conf_type_0",
    "TriggerResponse": ".trigger_response",
    "TriggererInfoResponse": ".triggerer_info_response",
    "UpdateHITLDetailPayload": ".update_hitl_detail_payload",
    "UpdateHITLDetailPayloadParamsInput": ".update_hitl_detail_payload_params_input",
    "ValidationError": ".validation_error",
    "ValidationErrorContext": ".validation_error_context",
    "VariableBody": ".variable_body",
    "VariableCollectionResponse": ".variable_collection_response",
    "VariableResponse": ".variable_response",
    "VersionInfo": ".version_info",
    "XComCollectionResponse": ".x_com_collection_response",
    "XComCreateBody": ".x_com_create_body",
    "XComResponse": ".x_com_response",
    "XComResponseNative": ".x_com_response_native",
    "XComResponseString": ".x_com_response_string",
    "XComUpdateBody": ".x_com_update_body",
}

__all__ = (
    "AppBuilderMenuItemResponse",
    "AppBuilderViewResponse",
    "AssetAliasCollectionResponse",
    "AssetAliasResponse",
    "AssetCollectionResponse",
    "AssetEventAccessControl",
    "AssetEventCollectionResponse",
    "AssetEventResponse",
    "AssetEventResponseExtraType0",
    "AssetResponse",
    "AssetResponseExtraType0",
    "AssetStateStoreBody",
    "AssetStateStoreCollectionResponse",
    "AssetStateStoreLastUpdatedBy",
    "AssetStateStoreResponse",
    "AssetStateStoreWriterKind",
    "AssetWatcherResponse",
    "AsyncConnectionTestResponse",
    "BackfillCollectionResponse",
    "BackfillPostBody",
    "BackfillPostBodyDagRunConfType0",
    "BackfillResponse",
    "BackfillResponseDagRunConfType0",
    "BaseInfoResponse",
    "BulkActionNotOnExistence",
    "BulkActionOnExistence",
    "BulkActionResponse",
    "BulkActionResponseErrorsItem",
    "BulkBodyBulkDAGRunBody",
    "BulkBodyBulkTaskInstanceBody",
    "BulkBodyConnectionBody",
    "BulkBodyPoolBody",
    "BulkBodyVariableBody",
    "BulkCreateActionBulkDAGRunBody",
    "BulkCreateActionBulkTaskInstanceBody",
    "BulkCreateActionConnectionBody",
    "BulkCreateActionPoolBody",
    "BulkCreateActionVariableBody",
    "BulkDAGRunBody",
    "BulkDAGRunClearBody",
    "BulkDeleteActionBulkDAGRunBody",
    "BulkDeleteActionBulkTaskInstanceBody",
    "BulkDeleteActionConnectionBody",
    "BulkDeleteActionPoolBody",
    "BulkDeleteActionVariableBody",
    "BulkResponse",
    "BulkTaskInstanceBody",
    "BulkUpdateActionBulkDAGRunBody",
    "BulkUpdateActionBulkTaskInstanceBody",
    "BulkUpdateActionConnectionBody",
    "BulkUpdateActionPoolBody",
    "BulkUpdateActionVariableBody",
    "ClearPartitionsBody",
    "ClearPartitionsResponse",
    "ClearTaskInstanceCollectionResponse",
    "ClearTaskInstancesBody",
    "Config",
    "ConfigOption",
    "ConfigSection",
    "ConnectionBody",
    "ConnectionCollectionResponse",
    "ConnectionResponse",
    "ConnectionTestQueuedResponse",
    "ConnectionTestRequestBody",
    "ConnectionTestResponse",
    "CreateAssetEventsBody",
    "CreateAssetEventsBodyExtra",
    "CreateTokenContentType",
    "DAGCollectionResponse",
    "DAGDetailsResponse",
    "DAGDetailsResponseAssetExpressionType0",
    "DAGDetailsResponseDefaultArgsType0",
    "DAGDetailsResponseOwnerLinksType0",
    "DAGDetailsResponseParamsType0",
    "DAGPatchBody",
    "DAGResponse",
    "DAGRunClearBody",
    "DAGRunCollectionResponse",
    "DAGRunPatchBody",
    "DAGRunResponse",
    "DAGRunResponseConfType0",
    "DAGRunsBatchBody",
    "DAGSourceResponse",
    "DAGTagCollectionResponse",
    "DAGVersionCollectionResponse",
    "DAGWarningCollectionResponse",
    "DAGWarningResponse",
    "DagProcessorInfoResponse",
    "DagRunAssetReference",
    "DagRunMutableStates",
    "DagRunState",
    "DagRunTriggeredByType",
    "DagRunType",
    "DagScheduleAssetReference",
    "DagStatsCollectionResponse",
    "DagStatsResponse",
    "DagStatsStateResponse",
    "DagTagResponse",
    "DagVersionResponse",
    "DagWarningType",
    "DryRunBackfillCollectionResponse",
    "DryRunBackfillResponse",
    "EventLogCollectionResponse",
    "EventLogResponse",
    "ExternalLogUrlResponse",
    "ExternalViewResponse",
    "ExternalViewResponseDestination",
    "ExtraLinkCollectionResponse",
    "ExtraLinkCollectionResponseExtraLinks",
    "FastAPIAppResponse",
    "FastAPIRootMiddlewareResponse",
    "GetConfigAccept",
    "GetConfigValueAccept",
    "GetDagSourceAccept",
    "GetDagsTagsMatchModeType0",
    "GetLogAccept",
    "HITLDetail",
    "HITLDetailCollection",
    "HITLDetailHistory",
    "HITLDetailHistoryParams",
    "HITLDetailHistoryParamsInput",
    "HITLDetailParams",
    "HITLDetailParamsInput",
    "HITLDetailResponse",
    "HITLDetailResponseParamsInput",
    "HITLUser",
    "HTTPExceptionResponse",
    "HTTPExceptionResponseDetailType1",
    "HTTPValidationError",
    "HealthInfoResponse",
    "ImportErrorCollectionResponse",
    "ImportErrorResponse",
    "JobCollectionResponse",
    "JobResponse",
    "LastAssetEventResponse",
    "LoginBody",
    "LoginResponse",
    "MaterializeAssetBody",
    "MaterializeAssetBodyConfType0",
    "NewTaskResponse",
    "PatchDagsTagsMatchModeType0",
    "PatchTaskInstanceBody",
    "PluginCollectionResponse",
    "PluginImportErrorCollectionResponse",
    "PluginImportErrorResponse",
    "PluginResponse",
    "PoolBody",
    "PoolCollectionResponse",
    "PoolPatchBody",
    "PoolResponse",
    "ProviderCollectionResponse",
    "ProviderResponse",
    "QueuedEventCollectionResponse",
    "QueuedEventResponse",
    "ReactAppResponse",
    "ReactAppResponseDestination",
    "ReprocessBehavior",
    "SchedulerInfoResponse",
    "StructuredLogMessage",
    "TaskCollectionResponse",
    "TaskDependencyCollectionResponse",
    "TaskDependencyResponse",
    "TaskInletAssetReference",
    "TaskInstanceCollectionResponse",
    "TaskInstanceHistoryCollectionResponse",
    "TaskInstanceHistoryResponse",
    "TaskInstanceResponse",
    "TaskInstanceResponseRenderedFields",
    "TaskInstanceState",
    "TaskInstancesBatchBody",
    "TaskInstancesLogResponse",
    "TaskOutletAssetReference",
    "TaskResponse",
    "TaskResponseClassRefType0",
    "TaskResponseParamsType0",
    "TaskStateStoreBody",
    "TaskStateStoreCollectionResponse",
    "TaskStateStorePatchBody",
    "TaskStateStoreResponse",
    "TimeDelta",
    "TriggerDAGRunPostBody",
    "TriggerDAGRunPostBodyConfType0",
    "TriggerResponse",
    "TriggererInfoResponse",
    "UpdateHITLDetailPayload",
    "UpdateHITLDetailPayloadParamsInput",
    "ValidationError",
    "ValidationErrorContext",
    "VariableBody",
    "VariableCollectionResponse",
    "VariableResponse",
    "VersionInfo",
    "XComCollectionResponse",
    "XComCreateBody",
    "XComResponse",
    "XComResponseNative",
    "XComResponseString",
    "XComUpdateBody",
)


def __getattr__(name: str) -> Any:
    try:
        module = _MODULES[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
