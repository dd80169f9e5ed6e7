"""`PlannedRoute`: a route whose parameters are validated in one call and whose simple dependencies are
called from a plan worked out once, instead of FastAPI solving its dependency tree on every request.

FastAPI solves a route's dependencies on every request by walking the tree node by node, and parses each
declared parameter on its own, inspecting its annotation again each time. For a search (nine nodes, sixteen
query parameters) that was a third of the request's fixed cost. A `PlannedRoute` is declared like any route
(the same parameters in OpenAPI, the same names for `check_parameters`), but serves requests with a plan:

- the dependencies that need FastAPI (those with sub-dependencies, such as the key check) stay first and
  FastAPI solves them as before; the plan takes over only from the first point after which every dependency
  is a *leaf*: a function of the request, the response and query parameters, such as `search_filters`;
- every query and path parameter of the route, the leaves' and the endpoint's own, is validated at once by
  one validator built from their own declarations (a `TypedDict` of `Annotated[type, Query(...)]` items,
  which is what FastAPI validates each of them with);
- the leaves are then called in declaration order with their values, and the endpoint with the rest.

When any parameter is invalid, the parameters are parsed again by FastAPI's own `request_params_to_args`,
node by node as FastAPI does: a leaf whose parameters failed is not called and its errors are kept, the others
are called (and may answer 400 first), the endpoint's path and query parameters come last. So a 422 lists the
same errors in the same order, and the same check wins when several fail, as with FastAPI's solver.
A route the plan cannot serve exactly (a body, headers, cookies, aliases, repeated names) keeps FastAPI's
handler.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Coroutine, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Annotated, Any, NotRequired, Required, cast

from fastapi import Request, Response, routing
from fastapi._compat import field_annotation_is_sequence
from fastapi.concurrency import run_in_threadpool
from fastapi.dependencies.models import (
    Dependant,
    _is_async_gen_callable,
    _is_coroutine_callable,
    _is_gen_callable,
)
from fastapi.dependencies.utils import request_params_to_args
from fastapi.exceptions import RequestValidationError
from fastapi.security.base import SecurityBase
from pydantic import Json, TypeAdapter, ValidationError
from pydantic.fields import FieldInfo
from pydantic_core import PydanticUndefined
from starlette.datastructures import QueryParams
from typing_extensions import TypedDict

from app.routes.threaded import ThreadedRoute

__all__ = ["ParameterPlan", "PlannedRoute"]

# The plan's own node in the dependency tree FastAPI still solves; its value is the endpoint's arguments.
PLANNED = "planned_arguments"
# Where FastAPI hands the request and its sub-response to a route it solves no dependency of.
PLANNED_REQUEST = "planned_request"
PLANNED_RESPONSE = "planned_response"
IMMUTABLE = (str, int, float, bool, type(None), tuple, frozenset, type(PydanticUndefined))


@dataclass(frozen=True)
class _Parameter:
    name: str  # as the function takes it
    alias: str  # as the request gives it
    sequence: bool  # every value of a repeated key (list[str]), or the last one


@dataclass(frozen=True)
class _Leaf:
    """A dependency the plan calls itself: `call(request=…, response=…, **its sub-dependencies' values,
    **its query parameters)`, its sub-dependencies (leaves too) called first, as FastAPI does."""

    dependant: Dependant
    parameters: tuple[_Parameter, ...]
    is_coroutine: bool
    children: tuple[_Leaf, ...]

    @classmethod
    def of(cls, dependant: Dependant) -> _Leaf:
        return cls(
            dependant,
            _parameters(dependant.query_params),
            _is_coroutine_callable(dependant.call),
            tuple(cls.of(child) for child in dependant.dependencies),
        )

    def every(self) -> Iterator[_Leaf]:
        """This leaf and the leaves under it, each before the one that takes its value."""
        for child in self.children:
            yield from child.every()
        yield self

    async def solve(self, request: Request, response: Response, values: dict[str, Any]) -> Any:
        arguments = {parameter.name: values[parameter.alias] for parameter in self.parameters}
        for child in self.children:
            solved = await child.solve(request, response, values)
            if child.dependant.name is not None:
                arguments[child.dependant.name] = solved
        return await self._call(request, response, arguments)

    async def solve_invalid(self, request: Request, response: Response) -> tuple[Any, list[Any]]:
        """As FastAPI solves it, for a request with an invalid parameter: (its value, its errors), not called
        when a sub-dependency or one of its own parameters failed."""
        arguments, errors = await _solve_each_invalid(self.children, request, response)
        values, own_errors = request_params_to_args(self.dependant.query_params, request.query_params)
        errors += own_errors
        if errors:
            return None, errors
        return await self._call(request, response, arguments | values), []

    async def _call(self, request: Request, response: Response, arguments: dict[str, Any]) -> Any:
        call = self.dependant.call
        assert call is not None
        # A route's connection is its request (FastAPI gives an `HTTPConnection` parameter the request too).
        if self.dependant.http_connection_param_name:
            arguments[self.dependant.http_connection_param_name] = request
        if self.dependant.request_param_name:
            arguments[self.dependant.request_param_name] = request
        if self.dependant.response_param_name:
            arguments[self.dependant.response_param_name] = response
        if self.is_coroutine:
            return await call(**arguments)
        return await run_in_threadpool(call, **arguments)


async def _solve_each_invalid(
    leaves: Iterable[_Leaf], request: Request, response: Response
) -> tuple[dict[str, Any], list[Any]]:
    """Each leaf as FastAPI solves it on a request with an invalid parameter: the values by name, the errors."""
    errors: list[Any] = []
    arguments: dict[str, Any] = {}
    for leaf in leaves:
        solved, leaf_errors = await leaf.solve_invalid(request, response)
        if leaf_errors:
            errors += leaf_errors
        elif leaf.dependant.name is not None:
            arguments[leaf.dependant.name] = solved
    return arguments, errors


def _is_leaf(dependant: Dependant) -> bool:
    """A dependency of the request, the response, plain query parameters and other such dependencies only,
    called once per request: a function, or a security scheme (the key check's `HTTPBearer`)."""
    call = dependant.call
    return (
        call is not None
        and not inspect.isclass(call)
        and (inspect.isfunction(call) or isinstance(call, SecurityBase))
        and not (_is_gen_callable(call) or _is_async_gen_callable(call))
        and not (dependant.path_params or dependant.header_params or dependant.cookie_params)
        and not dependant.body_params
        and not dependant.websocket_param_name
        and not (dependant.background_tasks_param_name or dependant.security_scopes_param_name)
        and dependant.concurrency is None
        and all(_plain(field.field_info) for field in dependant.query_params)
        and all(_is_leaf(child) for child in dependant.dependencies)
    )


def _plain(field_info: FieldInfo) -> bool:
    """Read by its one alias (no validation aliases) and not as JSON: how the plan reads a parameter."""
    return field_info.validation_alias in (None, field_info.alias) and not any(
        type(item) is Json for item in field_info.metadata
    )


def _parameters(fields: Sequence[Any]) -> tuple[_Parameter, ...]:
    return tuple(
        _Parameter(field.name, field.alias, field_annotation_is_sequence(field.field_info.annotation))
        for field in fields
    )


def _every(dependant: Dependant) -> Iterator[Dependant]:
    for child in dependant.dependencies:
        yield from _every(child)
    yield dependant


def _calls(dependant: Dependant) -> set[Any]:
    calls = {dependant.call}
    for dependency in dependant.dependencies:
        calls |= _calls(dependency)
    return calls


class ParameterPlan:
    """How to serve one route: FastAPI's part of its dependencies, then the leaves and the endpoint."""

    def __init__(self, route: Dependant, kept: list[Dependant], leaves: list[_Leaf]) -> None:
        self.route = route
        self.kept = kept
        self.leaves = leaves
        self.path = _parameters(route.path_params)
        self.query = _parameters(route.query_params)
        nodes = [node for leaf in leaves for node in leaf.every()]
        every = [*(p for node in nodes for p in node.parameters), *self.query]
        self._by_alias = {parameter.alias: parameter for parameter in every}
        fields = [
            *(field for node in nodes for field in node.dependant.query_params),
            *route.query_params,
            *route.path_params,
        ]
        items: dict[str, Any] = {}
        for field in fields:
            # What FastAPI validates a parameter with: its annotation with its Query(...) or Path(...).
            annotated = cast(Any, Annotated)[field.field_info.annotation, field.field_info]
            presence = Required if field.field_info.is_required() else NotRequired
            items[field.alias] = cast(Any, presence)[annotated]
        self._defaults = {
            field.alias: field.field_info.default for field in fields if not field.field_info.is_required()
        }
        self._validator: TypeAdapter[dict[str, Any]] = TypeAdapter(TypedDict("Parameters", items))  # type: ignore[operator]

    @classmethod
    def of(cls, route: Dependant) -> ParameterPlan | None:
        """The plan of a route's dependant, or None when the plan could not serve it exactly as FastAPI does."""
        if route.header_params or route.cookie_params or route.body_params:
            return None
        if route.background_tasks_param_name or route.security_scopes_param_name:
            return None
        if route.websocket_param_name or route.http_connection_param_name:
            return None
        split = len(route.dependencies)
        while split > 0 and _is_leaf(route.dependencies[split - 1]):
            split -= 1
        kept, leaves = route.dependencies[:split], route.dependencies[split:]
        if not leaves and not route.query_params:
            return None
        # FastAPI solves a call once per request: a leaf that is also solved by FastAPI's part, or twice
        # among the leaves and their sub-dependencies, would be called twice here.
        nodes = [node for leaf in leaves for node in _every(leaf)]
        leaf_calls = [node.call for node in nodes]
        kept_calls = set().union(*(_calls(dependant) for dependant in kept)) if kept else set()
        if len(set(leaf_calls)) != len(leaf_calls) or kept_calls & set(leaf_calls):
            return None
        fields = [*(f for node in nodes for f in node.query_params), *route.query_params, *route.path_params]
        if not all(_plain(field.field_info) for field in fields):
            return None
        if len({field.alias for field in fields}) != len(fields):
            return None
        # FastAPI gives each request a deep copy of a default; the plan shares one, so only immutable ones.
        if not all(isinstance(field.field_info.default, IMMUTABLE) for field in fields):
            return None
        return cls(route, kept, [_Leaf.of(leaf) for leaf in leaves])

    def _given(self, query: QueryParams, path: Mapping[str, Any]) -> dict[str, Any]:
        """The request's values by alias, as FastAPI reads them (every value of a list, else the last)."""
        given: dict[str, Any] = {}
        for key, value in query.multi_items():
            parameter = self._by_alias.get(key)
            if parameter is None:
                continue
            if parameter.sequence:
                given.setdefault(key, []).append(value)
            else:
                given[key] = value
        for parameter in self.path:
            if parameter.alias in path:
                given[parameter.alias] = path[parameter.alias]
        return given

    async def solve(self, request: Request, response: Response) -> dict[str, Any]:
        """The endpoint's arguments: its parameters and the leaves' values (the leaves called on the way)."""
        try:
            values = self._defaults | self._validator.validate_python(
                self._given(request.query_params, request.path_params)
            )
        except ValidationError:
            return await self._solve_invalid(request, response)
        arguments: dict[str, Any] = {}
        for leaf in self.leaves:
            solved = await leaf.solve(request, response, values)
            if leaf.dependant.name is not None:
                arguments[leaf.dependant.name] = solved
        for parameter in (*self.path, *self.query):
            arguments[parameter.name] = values[parameter.alias]
        return arguments

    async def _solve_invalid(self, request: Request, response: Response) -> dict[str, Any]:
        """FastAPI's per-node parsing, for a request with an invalid parameter: the same errors, in order."""
        arguments, errors = await _solve_each_invalid(self.leaves, request, response)
        path_values, path_errors = request_params_to_args(self.route.path_params, request.path_params)
        query_values, query_errors = request_params_to_args(self.route.query_params, request.query_params)
        errors += path_errors + query_errors
        if errors:
            raise RequestValidationError(errors)
        return arguments | path_values | query_values

    def dependant(self) -> Dependant:
        """The route's dependant as FastAPI solves it: its kept part, then the plan, then the endpoint.

        With nothing kept (the read routes: the key check is a leaf too), FastAPI solves no dependency at
        all: the endpoint's stand-in takes the request and the response and runs the plan itself.
        """
        endpoint = self.route.call
        assert endpoint is not None
        solve = self.solve
        is_coroutine = inspect.iscoroutinefunction(endpoint)

        async def call_endpoint(values: dict[str, Any]) -> Any:
            if is_coroutine:
                return await endpoint(**values)
            return await run_in_threadpool(endpoint, **values)

        if not self.kept:
            own_request, own_response = self.route.request_param_name, self.route.response_param_name

            @functools.wraps(endpoint)
            async def run_alone(**values: Any) -> Any:
                request, response = values.pop(PLANNED_REQUEST), values.pop(PLANNED_RESPONSE)
                values |= await solve(request, response)
                if own_request:
                    values[own_request] = request
                if own_response:
                    values[own_response] = response
                return await call_endpoint(values)

            return replace(
                self.route,
                call=run_alone,
                dependencies=[],
                path_params=[],
                query_params=[],
                request_param_name=PLANNED_REQUEST,
                response_param_name=PLANNED_RESPONSE,
            )

        async def planned_arguments(request: Request, response: Response) -> dict[str, Any]:
            return await solve(request, response)

        @functools.wraps(endpoint)
        async def run(**values: Any) -> Any:
            arguments = values.pop(PLANNED)
            return await call_endpoint(values | arguments)

        node = Dependant(
            call=planned_arguments,
            name=PLANNED,
            request_param_name="request",
            response_param_name="response",
            path=self.route.path,
            use_cache=False,
        )
        return replace(self.route, call=run, dependencies=[*self.kept, node], path_params=[], query_params=[])


class PlannedRoute(ThreadedRoute):
    """A ThreadedRoute served through its `ParameterPlan` (see the module docstring)."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        # As APIRoute.get_route_handler: a route included in a router is built once per inclusion, with the
        # including router's dependencies, and FastAPI says which inclusion through this context variable.
        context = routing._effective_route_context_var.get()
        route: Any = context if context is not None and context.original_route is self else self
        fastapi_handler = super().get_route_handler()
        plan = ParameterPlan.of(route.dependant)
        if plan is None:
            return fastapi_handler
        planned_handler = routing.get_request_handler(
            dependant=plan.dependant(),
            body_field=route.body_field,
            status_code=route.status_code,
            response_class=route.response_class,
            response_field=route.response_field,
            response_model_include=route.response_model_include,
            response_model_exclude=route.response_model_exclude,
            response_model_by_alias=route.response_model_by_alias,
            response_model_exclude_unset=route.response_model_exclude_unset,
            response_model_exclude_defaults=route.response_model_exclude_defaults,
            response_model_exclude_none=route.response_model_exclude_none,
            dependency_overrides_provider=route.dependency_overrides_provider,
            embed_body_fields=route._embed_body_fields,
            strict_content_type=route.strict_content_type,
            form_limits=self.form_limits,
            stream_item_field=route.stream_item_field,
            is_json_stream=route.is_json_stream,
        )
        overrides = route.dependency_overrides_provider

        async def handle(request: Request) -> Response:
            # Overridden dependencies (set on the app at any time, as tests do) are FastAPI's to solve.
            if overrides is not None and getattr(overrides, "dependency_overrides", None):
                return await fastapi_handler(request)
            return await planned_handler(request)

        return handle
