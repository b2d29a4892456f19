"""Contains all the data models used in inputs/outputs.

Models are imported lazily (PEP 562) on first attribute access, so importing one endpoint
module loads only the models it uses; type checkers see every name through TYPE_CHECKING.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .action import Action
    from .action_collection import ActionCollection
    from .action_resource import ActionResource
    from .basic_dag_run import BasicDAGRun
    from .class_reference import ClassReference
    from .clear_dag_run import ClearDagRun
    from .clear_task_instances import ClearTaskInstances
    from .collection_info import CollectionInfo
    from .config import Config
    from .config_option import ConfigOption
    from .config_section import ConfigSection
    from .connection import Connection
    from .connection_collection import ConnectionCollection
    from .connection_collection_item import ConnectionCollectionItem
    from .connection_test import ConnectionTest
    from .create_dataset_event import CreateDatasetEvent
    from .create_dataset_event_extra_type_0 import CreateDatasetEventExtraType0
    from .cron_expression_type_0 import CronExpressionType0
    from .dag import DAG
    from .dag_collection import DAGCollection
    from .dag_detail import DAGDetail
    from .dag_detail_dataset_expression_type_0 import DAGDetailDatasetExpressionType0
    from .dag_detail_params import DAGDetailParams
    from .dag_processor_status import DagProcessorStatus
    from .dag_run import DAGRun
    from .dag_run_collection import DAGRunCollection
    from .dag_run_conf import DAGRunConf
    from .dag_run_run_type import DAGRunRunType
    from .dag_schedule_dataset_reference import DagScheduleDatasetReference
    from .dag_state import DagState
    from .dag_stats_collection_item import DagStatsCollectionItem
    from .dag_stats_collection_schema import DagStatsCollectionSchema
    from .dag_stats_state_collection_item import DagStatsStateCollectionItem
    from .dag_warning import DagWarning
    from .dag_warning_collection import DagWarningCollection
    from .dataset import Dataset
    from .dataset_collection import DatasetCollection
    from .dataset_event import DatasetEvent
    from .dataset_event_collection import DatasetEventCollection
    from .dataset_event_extra_type_0 import DatasetEventExtraType0
    from .dataset_extra_type_0 import DatasetExtraType0
    from .error import Error
    from .event_log import EventLog
    from .event_log_collection import EventLogCollection
    from .extra_link import ExtraLink
    from .extra_link_collection import ExtraLinkCollection
    from .get_config_accept import GetConfigAccept
    from .get_dag_source_accept import GetDagSourceAccept
    from .get_dag_source_response_200 import GetDagSourceResponse200
    from .get_log_accept import GetLogAccept
    from .get_log_response_200 import GetLogResponse200
    from .get_providers_response_200 import GetProvidersResponse200
    from .get_value_accept import GetValueAccept
    from .health_info import HealthInfo
    from .health_status import HealthStatus
    from .import_error import ImportError_
    from .import_error_collection import ImportErrorCollection
    from .job_type_0 import JobType0
    from .list_dag_runs_form import ListDagRunsForm
    from .list_task_instance_form import ListTaskInstanceForm
    from .metadatabase_status import MetadatabaseStatus
    from .plugin_collection import PluginCollection
    from .plugin_collection_item import PluginCollectionItem
    from .plugin_collection_item_appbuilder_menu_items_item_type_0 import (
        PluginCollectionItemAppbuilderMenuItemsItemType0,
    )
    from .plugin_collection_item_appbuilder_views_item_type_0 import PluginCollectionItemAppbuilderViewsItemType0
    from .pool import Pool
    from .pool_collection import PoolCollection
    from .provider import Provider
    from .provider_collection import ProviderCollection
    from .queued_event import QueuedEvent
    from .queued_event_collection import QueuedEventCollection
    from .relative_delta import RelativeDelta
    from .resource import Resource
    from .role import Role
    from .role_collection import RoleCollection
    from .scheduler_status import SchedulerStatus
    from .set_dag_run_note import SetDagRunNote
    from .set_task_instance_note import SetTaskInstanceNote
    from .sla_miss_type_0 import SLAMissType0
    from .tag import Tag
    from .task import Task
    from .task_collection import TaskCollection
    from .task_extra_links_item import TaskExtraLinksItem
    from .task_failed_dependency import TaskFailedDependency
    from .task_instance import TaskInstance
    from .task_instance_collection import TaskInstanceCollection
    from .task_instance_dependency_collection import TaskInstanceDependencyCollection
    from .task_instance_history import TaskInstanceHistory
    from .task_instance_history_collection import TaskInstanceHistoryCollection
    from .task_instance_reference import TaskInstanceReference
    from .task_instance_reference_collection import TaskInstanceReferenceCollection
    from .task_instance_rendered_fields import TaskInstanceRenderedFields
    from .task_outlet_dataset_reference import TaskOutletDatasetReference
    from .task_state_type_1 import TaskStateType1
    from .task_state_type_2_type_1 import TaskStateType2Type1
    from .task_state_type_3_type_1 import TaskStateType3Type1
    from .time_delta_type_0 import TimeDeltaType0
    from .trigger_rule import TriggerRule
    from .trigger_type_0 import TriggerType0
    from .triggerer_status import TriggererStatus
    from .update_dag_run_state import UpdateDagRunState
    from .update_dag_run_state_state import UpdateDagRunStateState
    from .update_task_instance import UpdateTaskInstance
    from .update_task_instances_state import UpdateTaskInstancesState
    from .update_task_state import UpdateTaskState
    from .user import User
    from .user_collection import UserCollection
    from .user_collection_item import UserCollectionItem
    from .user_collection_item_roles_item_type_0 import UserCollectionItemRolesItemType0
    from .variable import Variable
    from .variable_collection import VariableCollection
    from .variable_collection_item import VariableCollectionItem
    from .version_info import VersionInfo
    from .x_com import XCom
    from .x_com_collection import XComCollection
    from .x_com_collection_item import XComCollectionItem
    from .x_com_value_type_5_type_0 import XComValueType5Type0

_MODULES: dict[str, str] = {
    "Action": ".action",
    "ActionCollection": ".action_collection",
    "ActionResource": ".action_resource",
    "BasicDAGRun": ".basic_dag_run",
    "ClassReference": ".class_reference",
    "ClearDagRun": ".clear_dag_run",
    "ClearTaskInstances": ".clear_task_instances",
    "CollectionInfo": ".collection_info",
    "Config": ".config",
    "ConfigOption": ".config_option",
    "ConfigSection": ".config_section",
    "Connection": ".connection",
    "ConnectionCollection": ".connection_collection",
    "ConnectionCollectionItem": ".connection_collection_item",
    "ConnectionTest": ".connection_test",
    "CreateDatasetEvent": ".create_dataset_event",
    "CreateDatasetEventExtraType0": ".create_dataset_event_extra_type_0",
    "CronExpressionType0": ".cron_expression_type_0",
    "DAG": ".dag",
    "DAGCollection": ".dag_collection",
    "DAGDetail": ".dag_detail",
    "DAGDetailDatasetExpressionType0": ".dag_detail_dataset_expression_type_0",
    "DAGDetailParams": ".dag_detail_params",
    "DagProcessorStatus": ".dag_processor_status",
    "DAGRun": ".dag_run",
    "DAGRunCollection": ".dag_run_collection",
    "DAGRunConf": ".dag_run_conf",
    "DAGRunRunType": ".dag_run_run_type",
    "DagScheduleDatasetReference": ".dag_schedule_dataset_reference",
    "DagState": ".dag_state",
    "DagStatsCollectionItem": ".dag_stats_collection_item",
    "DagStatsCollectionSchema": ".dag_stats_collection_schema",
    "DagStatsStateCollectionItem": ".dag_stats_state_collection_item",
    "DagWarning": ".dag_warning",
    "DagWarningCollection": ".dag_warning_collection",
    "Dataset": ".dataset",
    "DatasetCollection": ".dataset_collection",
    "DatasetEvent": ".dataset_event",
    "DatasetEventCollection": ".dataset_event_collection",
    "DatasetEventExtraType0": ".dataset_event_extra_type_0",
    "DatasetExtraType0": ".dataset_extra_type_0",
    "Error": ".error",
    "EventLog": ".event_log",
    "EventLogCollection": ".event_log_collection",
    "ExtraLink": ".extra_link",
    "ExtraLinkCollection": ".extra_link_collection",
    "GetConfigAccept": ".get_config_accept",
    "GetDagSourceAccept": ".get_dag_source_accept",
    "GetDagSourceResponse200": ".get_dag_source_response_200",
    "GetLogAccept": ".get_log_accept",
    "GetLogResponse200": ".get_log_response_200",
    "GetProvidersResponse200": ".get_providers_response_200",
    "GetValueAccept": ".get_value_accept",
    "HealthInfo": ".health_info",
    "HealthStatus": ".health_status",
    "ImportError_": ".import_error",
    "ImportErrorCollection": ".import_error_collection",
    "JobType0": ".job_type_0",
    "ListDagRunsForm": ".list_dag_runs_form",
    "ListTaskInstanceForm": ".list_task_instance_form",
    "MetadatabaseStatus": ".metadatabase_status",
    "PluginCollection": ".plugin_collection",
    "PluginCollectionItem": ".plugin_collection_item",
    "PluginCollectionItemAppbuilderMenuItemsItemType0": ".plugin_collection_item_appbuilder_menu_items_item_type_0",
    "PluginCollectionItemAppbuilderViewsItemType0": ".plugin_collection_item_appbuilder_views_item_type_0",
    "Pool": ".pool",
    "PoolCollection": ".pool_collection",
    "Provider": ".provider",
    "ProviderCollection": ".provider_collection",
    "QueuedEvent": ".queued_event",
    "QueuedEventCollection": ".queued_event_collection",
    "RelativeDelta": ".relative_delta",
    "Resource": ".resource",
    "Role": ".role",
    "RoleCollection": ".role_collection",
    "SchedulerStatus": ".scheduler_status",
    "SetDagRunNote": ".set_dag_run_note",
    "SetTaskInstanceNote": ".set_task_instance_note",
    "SLAMissType0": ".sla_miss_type_0",
    "Tag": ".tag",
    "Task": ".task",
    "TaskCollection": ".task_collection",
    "TaskExtraLinksItem": ".task_extra_links_item",
    "TaskFailedDependency": ".task_failed_dependency",
    "TaskInstance": ".task_instance",
    "TaskInstanceCollection": ".task_instance_collection",
    "TaskInstanceDependencyCollection": ".task_instance_dependency_collection",
    "TaskInstanceHistory": ".task_instance_history",
    "TaskInstanceHistoryCollection": ".task_instance_history_collection",
    "TaskInstanceReference": ".task_instance_reference",
    "TaskInstanceReferenceCollection": ".task_instance_reference_collection",
    "TaskInstanceRenderedFields": ".task_instance_rendered_fields",
    "TaskOutletDatasetReference": ".task_outlet_dataset_reference",
    "TaskStateType1": ".task_state_type_1",
    "TaskStateType2Type1": ".task_state_type_2_type_1",
    "TaskStateType3Type1": ".task_state_type_3_type_1",
    "TimeDeltaType0": ".time_delta_type_0",
    "TriggerRule": ".trigger_rule",
    "TriggerType0": ".trigger_type_0",
    "TriggererStatus": ".triggerer_status",
    "UpdateDagRunState": ".update_dag_run_state",
    "UpdateDagRunStateState": ".update_dag_run_state_state",
    "UpdateTaskInstance": ".update_task_instance",
    "UpdateTaskInstancesState": ".update_task_instances_state",
    "UpdateTaskState": ".update_task_state",
    "User": ".user",
    "UserCollection": ".user_collection",
    "UserCollectionItem": ".user_collection_item",
    "UserCollectionItemRolesItemType0": ".user_collection_item_roles_item_type_0",
    "Variable": ".variable",
    "VariableCollection": ".variable_collection",
    "VariableCollectionItem": ".variable_collection_item",
    "VersionInfo": ".version_info",
    "XCom": ".x_com",
    "XComCollection": ".x_com_collection",
    "XComCollectionItem": ".x_com_collection_item",
    "XComValueType5Type0": ".x_com_value_type_5_type_0",
}

__all__ = (
    "DAG",
    "Action",
    "ActionCollection",
    "ActionResource",
    "BasicDAGRun",
    "ClassReference",
    "ClearDagRun",
    "ClearTaskInstances",
    "CollectionInfo",
    "Config",
    "ConfigOption",
    "ConfigSection",
    "Connection",
    "ConnectionCollection",
    "ConnectionCollectionItem",
    "ConnectionTest",
    "CreateDatasetEvent",
    "CreateDatasetEventExtraType0",
    "CronExpressionType0",
    "DAGCollection",
    "DAGDetail",
    "DAGDetailDatasetExpressionType0",
    "DAGDetailParams",
    "DAGRun",
    "DAGRunCollection",
    "DAGRunConf",
    "DAGRunRunType",
    "DagProcessorStatus",
    "DagScheduleDatasetReference",
    "DagState",
    "DagStatsCollectionItem",
    "DagStatsCollectionSchema",
    "DagStatsStateCollectionItem",
    "DagWarning",
    "DagWarningCollection",
    "Dataset",
    "DatasetCollection",
    "DatasetEvent",
    "DatasetEventCollection",
    "DatasetEventExtraType0",
    "DatasetExtraType0",
    "Error",
    "EventLog",
    "EventLogCollection",
    "ExtraLink",
    "ExtraLinkCollection",
    "GetConfigAccept",
    "GetDagSourceAccept",
    "GetDagSourceResponse200",
    "GetLogAccept",
    "GetLogResponse200",
    "GetProvidersResponse200",
    "GetValueAccept",
    "HealthInfo",
    "HealthStatus",
    "ImportErrorCollection",
    "ImportError_",
    "JobType0",
    "ListDagRunsForm",
    "ListTaskInstanceForm",
    "MetadatabaseStatus",
    "PluginCollection",
    "PluginCollectionItem",
    "PluginCollectionItemAppbuilderMenuItemsItemType0",
    "PluginCollectionItemAppbuilderViewsItemType0",
    "Pool",
    "PoolCollection",
    "Provider",
    "ProviderCollection",
    "QueuedEvent",
    "QueuedEventCollection",
    "RelativeDelta",
    "Resource",
    "Role",
    "RoleCollection",
    "SLAMissType0",
    "SchedulerStatus",
    "SetDagRunNote",
    "SetTaskInstanceNote",
    "Tag",
    "Task",
    "TaskCollection",
    "TaskExtraLinksItem",
    "TaskFailedDependency",
    "TaskInstance",
    "TaskInstanceCollection",
    "TaskInstanceDependencyCollection",
    "TaskInstanceHistory",
    "TaskInstanceHistoryCollection",
    "TaskInstanceReference",
    "TaskInstanceReferenceCollection",
    "TaskInstanceRenderedFields",
    "TaskOutletDatasetReference",
    "TaskStateType1",
    "TaskStateType2Type1",
    "TaskStateType3Type1",
    "TimeDeltaType0",
    "TriggerRule",
    "TriggerType0",
    "TriggererStatus",
    "UpdateDagRunState",
    "UpdateDagRunStateState",
    "UpdateTaskInstance",
    "UpdateTaskInstancesState",
    "UpdateTaskState",
    "User",
    "UserCollection",
    "UserCollectionItem",
    "UserCollectionItemRolesItemType0",
    "Variable",
    "VariableCollection",
    "VariableCollectionItem",
    "VersionInfo",
    "XCom",
    "XComCollection",
    "XComCollectionItem",
    "XComValueType5Type0",
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
